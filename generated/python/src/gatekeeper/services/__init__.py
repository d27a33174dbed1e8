"""The service clients, one module per route group."""
