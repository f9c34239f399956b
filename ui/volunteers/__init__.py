"""志愿服务: volunteer teams and hours, 社区微讲堂, 在职党员双报到 (issue 14 items 4–6)."""
