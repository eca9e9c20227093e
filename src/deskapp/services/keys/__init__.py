"""钥匙与卡 (keys): keys in custody and lending, cards, parking, the monthly count, and their
printing and registers. One module per job; importers name the module they use."""
