"""社区文化 papers: the activity notice (活动通知) and the sign-up sheet (活动报名表)."""
