"""Run a command in a pseudo-terminal, answer its prompts, print everything it showed.

The CLI reads passphrases in raw mode without echo; only a real terminal shows whether the
typed secret appears on screen. Usage: pty-run.py ANSWER1 ANSWER2 -- COMMAND ARGS...
"""
import os
import pty
import select
import sys
import time

sep = sys.argv.index("--")
answers = sys.argv[1:sep]
command = sys.argv[sep + 1 :]

pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

output = b""
deadline = time.time() + 120
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.5)
    if ready:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        # Answer each prompt (a line ending in ": ") with the next answer.
        if answers and output.rstrip().endswith(b":"):
            time.sleep(0.1)
            os.write(fd, answers.pop(0).encode() + b"\r")
_, status = os.waitpid(pid, 0)
sys.stdout.write(output.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
