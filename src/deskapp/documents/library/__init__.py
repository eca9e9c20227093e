"""文件资料 paper: the demo world's sample documents (the real ones are the centre's own files)."""
