"""The Act area's logic (no Qt): what a person can do about leg muscle loss."""
