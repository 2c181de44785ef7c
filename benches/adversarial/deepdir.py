#!/usr/bin/env python3
"""deepdir.py DEPTH OUT: a chain of DEPTH nested dirs 'd', one tiny .txt file per level (uses dir fds, so depth may pass PATH_MAX)."""
import os, sys, random
R = random.Random(3)
depth, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
fd = os.open(out, os.O_RDONLY)
for i in range(depth):
    f = os.open("f.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(f, (" ".join("w%d" % R.randrange(50000) for _ in range(30)) + ".\n").encode()); os.close(f)
    os.mkdir("d", dir_fd=fd); nfd = os.open("d", os.O_RDONLY, dir_fd=fd); os.close(fd); fd = nfd
