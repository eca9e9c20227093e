"""A SQLite file on a network share is refused (issue 18 §7): the detector is a pure function
of the path, the mount table's text and the drive type, so these feed it made-up ones."""
import pytest

from deskapp.store import network_share
from deskapp.store.diagnose import NETWORK, DatabaseProblem, diagnose

MOUNTS = r"""overlay / overlay rw,relatime,lowerdir=/a,upperdir=/b,workdir=/c 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda1 /home ext4 rw,relatime 0 0
//fileserver/物业 /mnt/centre cifs rw,relatime,vers=3.1.1,username=desk 0 0
nas:/export/desk /srv/nfs nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /srv/nfs/local-cache ext4 rw,relatime 0 0
//nas/with\040space /mnt/with\040space smb3 rw 0 0
"""


@pytest.mark.parametrize("path, share", [
    ("/mnt/centre/deskapp.sqlite", "//fileserver/物业（cifs）"),
    ("/srv/nfs/desk/deskapp.sqlite", "nas:/export/desk（nfs4）"),
    ("/mnt/with space/deskapp.sqlite", "//nas/with space（smb3）"),
    ("/home/desk/deskapp.sqlite", None),
    ("/srv/nfs/local-cache/deskapp.sqlite", None),  # a local disk mounted inside the share's folder
    ("/mnt/centreX/deskapp.sqlite", None),  # a sibling whose name starts like the share's
])
def test_linux_mounts_of_network_file_systems_are_found(path, share):
    assert network_share.share_of(path, mounts_text=MOUNTS) == share


@pytest.mark.parametrize("path, network", [
    (r"\\server\share\deskapp.sqlite", True),
    ("//server/share/deskapp.sqlite", True),
    (r"\\?\UNC\server\share\deskapp.sqlite", True),
    (r"\\?\C:\data\deskapp.sqlite", False),
])
def test_unc_paths_are_shares(path, network):
    assert network_share.is_unc(path) is network


def test_a_mapped_drive_is_a_share_and_a_local_one_is_not():
    assert network_share.share_of(r"Z:\物业\deskapp.sqlite", drive_type=network_share.DRIVE_REMOTE) == "Z:（网络驱动器）"
    assert network_share.share_of(r"C:\物业\deskapp.sqlite", drive_type=3) is None  # DRIVE_FIXED
    assert network_share.share_of(r"\\server\share\deskapp.sqlite") == r"\\server\share"


def test_the_door_refuses_a_share_with_a_message_pointing_to_the_server(monkeypatch, tmp_path):
    """diagnose() reads /proc/mounts through network_share; here it reads the made-up table."""
    monkeypatch.setattr(network_share, "_read_mounts", lambda: MOUNTS + f"//nas/x {tmp_path} cifs rw 0 0\n")
    with pytest.raises(DatabaseProblem) as refused:
        diagnose(tmp_path / "deskapp.sqlite", create=True)
    assert refused.value.kind is NETWORK and refused.value.kind.exit_status == 11
    assert "网络共享 //nas/x（cifs）" in str(refused.value) and "deskapp server setup" in str(refused.value)
    assert not (tmp_path / "deskapp.sqlite").exists()
