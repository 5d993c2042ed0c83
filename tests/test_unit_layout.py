"""engine/layout.py: what a key says (tenant, panel, version, panelist, zip group) and the
output folder of each panelist. A panelist is (tenant, panel, code): one code in two tenants is
two people and must get two folders; one code under two V_ folders is one person."""

from __future__ import annotations

from pathlib import Path

import pytest

from slrk_tui.engine.layout import QueryLayout, panelist_folders, parse_zip_key

UUID = "178ECC88-1df2-4661-bde3-2c79349f0d4f"
T1 = "academia/tenant/general_tenant_1_general_tenant/panel/general_1/"
T2 = "academia/tenant/ut_austin_tenant_1_ut_austin/panel/ut_austin_1/"


def key(base: str, code: str, name: str = f"image_zip_{UUID}_51.zip", version: str = "V_12") -> str:
    return f"{base}{version}/panelist/{code}/{name}"


def test_a_standard_key_is_read_field_by_field() -> None:
    zk = parse_zip_key(key(T1, "0042"))
    assert zk is not None
    assert (zk.tenant, zk.panel, zk.version, zk.code) == (
        "general_tenant_1_general_tenant",
        "general_1",
        "V_12",
        "0042",
    )
    assert zk.name == f"image_zip_{UUID}_51.zip"
    assert zk.group == UUID.lower()


@pytest.mark.parametrize("code", ["0042", "null", "7"])
def test_codes_are_kept_as_text(code: str) -> None:
    zk = parse_zip_key(key(T1, code))
    assert zk is not None and zk.code == code


def test_a_pair_shares_its_group_and_other_zips_do_not() -> None:
    image = parse_zip_key(key(T1, "0042", f"image_zip_{UUID}_51.zip"))
    csv = parse_zip_key(key(T1, "0042", f"csv_zip_{UUID.lower()}.zip"))
    other = parse_zip_key(key(T1, "0042", "image_zip_99999999-1df2-4661-bde3-2c79349f0d4f_3.zip"))
    assert image and csv and other
    assert image.group == csv.group != other.group


def test_the_double_extension_and_the_layout_without_panel_are_study_zips() -> None:
    double = parse_zip_key(key(T1, "0042", f"image_zip_{UUID}_51.zip.zip"))
    no_panel = parse_zip_key(f"tenant/general_tenant_1_general_tenant/V_12/0042/image_zip_{UUID}_0.zip")
    assert double is not None and double.group == UUID.lower()
    assert no_panel is not None
    assert (no_panel.tenant, no_panel.panel, no_panel.version, no_panel.code) == (
        "general_tenant_1_general_tenant",
        "",
        "V_12",
        "0042",
    )


@pytest.mark.parametrize(
    "k",
    [
        key(T1, "0042", "manifest.csv"),
        "academia/tenant/general_tenant_1_general_tenant/data/panel=general_1/x.zip",
        "academia/tenant/general_tenant_1_general_tenant/_manifests/panel=general_1/image_zip_a.zip",
        "log_events/2026/09/01/app.zip",
        "loose.zip",  # no folder at all: not a panelist's upload
    ],
)
def test_objects_that_are_not_study_zips_are_not_parsed(k: str) -> None:
    assert parse_zip_key(k) is None


def folders_of(*keys: str) -> dict[str, str]:
    """key -> output folder, as the planner assigns them."""
    parsed = [parse_zip_key(k) for k in keys]
    assert all(parsed)
    folders = panelist_folders(parsed)
    return {zk.key: folders[zk.identity] for zk in parsed}


def test_a_code_unique_in_the_query_is_its_own_folder() -> None:
    got = folders_of(key(T1, "0042"), key(T1, "0043"), key(T1, "null"))
    assert sorted(got.values()) == ["0042", "0043", "null"]


def test_one_code_under_two_versions_is_one_person() -> None:
    got = folders_of(key(T1, "0042", version="V_11"), key(T1, "0042", version="V_12"))
    assert set(got.values()) == {"0042"}


def test_one_code_in_two_tenants_is_two_folders_named_by_tenant_and_panel() -> None:
    a, b, c = key(T1, "0042"), key(T2, "0042"), key(T1, "0043")
    got = folders_of(a, b, c)
    assert got[a] == "0042__general_tenant_1_general_tenant__general_1"
    assert got[b] == "0042__ut_austin_tenant_1_ut_austin__ut_austin_1"
    assert got[c] == "0043"  # only the colliding code is renamed


def test_one_code_in_two_panels_of_one_tenant_is_two_folders() -> None:
    other_panel = T1.replace("general_1", "general_2")
    got = folders_of(key(T1, "0042"), key(other_panel, "0042"))
    assert len(set(got.values())) == 2
    assert all(folder.startswith("0042__general_tenant_1_general_tenant__") for folder in got.values())


@pytest.mark.parametrize("code", ["..", ".", "a/b", "..\\..\\x", ".hidden", "ä ö", "x:y"])
def test_no_folder_name_can_leave_the_output_folder(code: str, tmp_path: Path) -> None:
    k = f"{T1}V_12/panelist/{code}/image_zip_{UUID}_1.zip"
    zk = parse_zip_key(k)
    assert zk is not None
    folder = panelist_folders([zk])[zk.identity]
    assert folder and "/" not in folder and "\\" not in folder and not folder.startswith(".")
    out = QueryLayout(tmp_path / "q")
    assert out.images_dir(folder).resolve().is_relative_to(out.panelists_dir.resolve())


def test_query_layout_puts_results_apart_from_private_work(tmp_path: Path) -> None:
    q = QueryLayout(tmp_path / "query_x")
    assert q.images_dir("0042") == tmp_path / "query_x/combined/panelists/0042/images"
    assert (
        q.consolidated_csv("0042", "screenshot_data")
        == tmp_path / "query_x/combined/panelists/0042/metadata/screenshot_data-consolidated.csv"
    )
    for private in (q.zipped_dir, q.staging_dir("0042"), q.staged_images_dir("0042")):
        assert private.is_relative_to(q.work_dir)
    assert not q.panelists_dir.is_relative_to(q.work_dir)
    assert q.state_db.parent == q.report_json.parent == q.query_json.parent == q.root
