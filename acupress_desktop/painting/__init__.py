"""Widget-free drawing with QPainter on any paint device: the windows, the printed sheet, the report and the
command line all draw pictures and the pain chart with this one code."""
