"""Resource-scoped sub-clients."""
