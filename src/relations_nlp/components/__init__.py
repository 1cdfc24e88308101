"""The pipeline components; each module registers one factory (see pyproject entry points)."""
