"""前台 (reception) papers: the board notice, the desk handover sheet, repair orders and the
违章 rectification notice."""
