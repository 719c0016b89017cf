#!/usr/bin/env python3
"""The room's phone votes under load (figures, not pass/fail), on loopback only.

Starts `confident groupe --salle --port 0` on a pseudo-terminal, opens the first vote, then:
1. 200 participants (each from its own loopback address 127.0.0.x and its own device cookie)
   vote at once: every vote counted at the trainer's prompt, p50/p99 vote latency, and the
   trainer's prompt answers a typed line while they vote;
2. one device floods 5,000 requests while 20 others vote: how many of the flood were refused
   (429), and the others' latency meanwhile.

Usage: Benchmarks/room_votes.py path/to/confident path/to/bank
"""
import fcntl, http.client, json, os, pty, struct, termios, re, secrets, select, subprocess, sys, threading, time

def start(binary, bank):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 60, 100, 0, 0))
    env = {"LANG": "C.UTF-8", "HOME": "/tmp", "CONFIDENT_HOME": f"/tmp/room-bench-{os.getpid()}", "TERM": "dumb"}
    proc = subprocess.Popen([binary, "groupe", "--cas", "appel-police", "--ordre-fixe", "--salle", "--port", "0", "--scenarios", bank],
                            stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    return proc, master

class Screen:
    def __init__(self, fd): self.fd, self.text = fd, ""
    def expect(self, pattern, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            found = re.search(pattern, self.text)
            if found:
                self.text = self.text[found.end():]
                return found
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                self.text += os.read(self.fd, 65536).decode("utf-8", "replace")
        raise SystemExit(f"timed out waiting for {pattern!r}; last output: {self.text[-500:]!r}")
    def send(self, line): os.write(self.fd, (line + "\r").encode())

def request(port, source, token, method, path, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
    headers = {"Cookie": f"confident_appareil={token}", "Content-Type": "application/json"}
    started = time.perf_counter()
    conn.request(method, path, body=json.dumps(body) if body else None, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data, time.perf_counter() - started

def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000

def main():
    binary, bank = sys.argv[1], sys.argv[2]
    proc, fd = start(binary, bank)
    screen = Screen(fd)
    try:
        found = screen.expect(r"HTTP://127\.0\.0\.1:(\d+)/([A-Z0-9]{4})")
        port, code = int(found.group(1)), found.group(2)
        screen.expect("premier cas")
        screen.send("")
        screen.expect("ont voté")
        _, data, _ = request(port, "127.0.0.1", secrets.token_hex(16), "GET", f"/api/etat?code={code}")
        key = json.loads(data)["cle"]

        participants = [(f"127.0.{1 + i // 250}.{2 + i % 250}", secrets.token_hex(16)) for i in range(200)]
        latencies, statuses = [], []
        lock = threading.Lock()
        barrier = threading.Barrier(len(participants))
        def vote(source, token, choice):
            barrier.wait()
            status, _, elapsed = request(port, source, token, "POST", "/api/vote", {"code": code, "cle": key, "choix": choice})
            with lock:
                latencies.append(elapsed); statuses.append(status)
        threads = [threading.Thread(target=vote, args=(s, t, "abc"[i % 3])) for i, (s, t) in enumerate(participants)]
        started = time.perf_counter()
        for thread in threads: thread.start()
        # The trainer types while the room votes: the prompt answers.
        screen.send("question")
        typed = time.perf_counter()
        screen.expect(r"vote 1 · \d+ votes? · \d+/\d+ ont voté › ")
        prompt_ms = (time.perf_counter() - typed) * 1000
        for thread in threads: thread.join()
        wall = time.perf_counter() - started
        screen.send("question")
        counted = screen.expect(r"vote 1 · (\d+) votes · (\d+)/(\d+) ont voté › ")
        print(f"200 participants at once: {statuses.count(200)} accepted, {counted.group(2)} counted at the prompt "
              f"({counted.group(1)} votes); latency p50 {percentile(latencies, 50):.1f} ms, p99 {percentile(latencies, 99):.1f} ms, "
              f"all in {wall:.2f} s; the trainer's prompt answered in {prompt_ms:.0f} ms meanwhile")

        flood_token, flood_statuses = secrets.token_hex(16), []
        def flood():
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=("127.0.9.9", 0))
            for _ in range(5000):
                conn.request("POST", "/api/vote", body=json.dumps({"code": code, "cle": key, "choix": "a"}),
                             headers={"Cookie": f"confident_appareil={flood_token}", "Content-Type": "application/json"})
                response = conn.getresponse(); response.read(); flood_statuses.append(response.status)
            conn.close()
        others = []
        flooder = threading.Thread(target=flood)
        flooder.start()
        time.sleep(0.2)
        for i in range(20):
            status, _, elapsed = request(port, f"127.0.8.{2 + i}", secrets.token_hex(16), "POST", "/api/vote", {"code": code, "cle": key, "choix": "b"})
            others.append((status, elapsed))
            time.sleep(0.05)
        flooder.join()
        ok = [e for s, e in others if s == 200]
        print(f"flood of 5000 from one device: {flood_statuses.count(429)} refused (429), {flood_statuses.count(200)} accepted; "
              f"20 other devices meanwhile: {len(ok)} accepted, p50 {percentile(ok, 50):.1f} ms, max {max(ok) * 1000:.1f} ms")
        screen.send("fin")
        screen.expect("Au revoir")
    finally:
        if proc.poll() is None: proc.kill()
        proc.wait()

if __name__ == "__main__":
    main()
