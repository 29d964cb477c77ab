"""The human side: handed-over conversations waiting for, or taken by, a support agent."""
