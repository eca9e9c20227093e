"""公共设施 papers: the booking confirmation (预约确认单)."""
