"""The imports' paper: the go-live reconciliation sheet (上线数据核对表)."""
