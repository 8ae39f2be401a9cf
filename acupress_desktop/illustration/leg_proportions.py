"""Proportions shared by the knee, lower leg, ankle and foot views of the RIGHT leg.

Leg models are built in B-cun (WHO 2008 proportional bone measurement, see
/work/shared/reference/proportions.md): popliteal crease to the prominence of the lateral malleolus
= 16 B-cun; lower border of the medial tibial condyle to the prominence of the medial malleolus = 13;
prominence of the medial malleolus to the sole = 3. Breadths are [estimate]s for an adult whose B-cun is
about 24 mm (knee 10 cm, calf 11.5 cm, ankle 6-7 cm wide), checked by eye.
The views: ``leg_back`` (knee_back, leg_back), ``leg_front``, ``ankle`` (ankle_outer, ankle_inner), ``foot_top``.
"""

from __future__ import annotations

CREASE_TO_LAT_MALLEOLUS = 16.0  # WHO 2008
CONDYLE_TO_MED_MALLEOLUS = 13.0  # WHO 2008
MED_MALLEOLUS_TO_SOLE = 3.0  # WHO 2008
LAT_MALLEOLUS_LOWER = 0.5  # the lateral malleolus sits lower than the medial [estimate, ~1 cm]

# LEG_CROP_NOTE: the long leg views are cropped so the part that carries the points fills the canvas.
# Their B-cun scale is then taken between two landmarks inside the picture: half of a WHO scale
# (knee to the leg's midpoint = 8 of the 16 B-cun knee-to-ankle) or the WHO 3 B-cun from the medial
# malleolus to the sole. The far ends of the full scales are kept as unlabelled landmarks outside the
# canvas, so tests can check that both scales agree.

# half-breadths in B-cun [estimate]s
KNEE_HALF = 2.1
CALF_HALF = 2.35
ANKLE_HALF = 1.25
