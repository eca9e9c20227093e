"""Persistence: SQLAlchemy 2.x models, engine, Alembic migrations, repositories, unit of work."""
