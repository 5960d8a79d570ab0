"""The only package that imports SQLAlchemy: the encrypted engine, ORM models, repositories."""
