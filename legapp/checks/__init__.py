"""The Check area's logic (no Qt): who is being tested, questionnaires answered one
question at a time, and a scored result put into plain words."""
