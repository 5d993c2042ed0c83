"""Demo data: a synthetic Screenlake study on disk and a local S3 server that serves it.

Nothing here imports Textual; ``study`` needs OpenCV and NumPy, ``server`` only the standard
library (boto3 only inside ``client_kwargs``).
"""
