"""The transcript of this session and of past ones, and the offer to recover an interrupted one."""
