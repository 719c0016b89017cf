#!/usr/bin/env python3
"""The room with three real phones: headless Chromium (chromedriver, Selenium) at 390x844.

Starts `confident groupe --salle --port 0` on a pseudo-terminal (loopback only), three browsers
join with the room's address, vote, the trainer reveals, re-votes and finishes; checks each
page's text at each phase and that the debrief counts the phone votes; saves screenshots.

Usage: scripts/room-browser.py path/to/confident path/to/bank OUTPUT_FOLDER
Needs: apt-get install chromium chromium-driver; pip install selenium.
"""
import fcntl, os, pty, re, select, struct, subprocess, sys, tempfile, termios, time
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

os.environ["SE_AVOID_STATS"] = "true"
binary, bank, out = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out, exist_ok=True)
home = tempfile.mkdtemp(prefix="confident-browser-")
debrief = os.path.join(home, "debrief.md")
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
proc = subprocess.Popen(
    [binary, "groupe", "--cas", "appel-police", "--ordre-fixe", "--salle", "--port", "0", "--scenarios", bank, "--debrief", debrief],
    stdin=slave, stdout=slave, stderr=slave, close_fds=True,
    env={"LANG": "C.UTF-8", "HOME": home, "CONFIDENT_HOME": home, "TERM": "xterm", "COLUMNS": "100", "LINES": "30"})
os.close(slave)
screen = ""

def expect(pattern, timeout=20):
    global screen
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = re.search(pattern, screen)
        if found:
            screen = screen[found.end():]
            return found
        if select.select([master], [], [], 0.2)[0]:
            screen += re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", os.read(master, 65536).decode("utf-8", "replace"))
    raise SystemExit(f"timed out waiting for {pattern!r}: {screen[-400:]!r}")

def type_line(line):
    os.write(master, (line + "\r").encode())

def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=390,844"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    # An explicit chromedriver: Selenium Manager would look it up on the Internet.
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))

def wait_text(driver, text, timeout=10):
    WebDriverWait(driver, timeout).until(lambda d: text in d.find_element(By.TAG_NAME, "body").text)

def tap(driver, label, attempts=5):
    from selenium.common.exceptions import StaleElementReferenceException
    for _ in range(attempts):
        try:
            for button in driver.find_elements(By.CSS_SELECTOR, "button.choix"):
                if button.text.startswith(label + ")"):
                    button.click()
                    return
        except StaleElementReferenceException:
            time.sleep(0.2)
            continue
        time.sleep(0.2)
    raise SystemExit(f"no button {label}) in {driver.find_element(By.TAG_NAME, 'body').text!r}")

phones = []
try:
    url = "http://" + expect(r"HTTP://(127\.0\.0\.1:\d+/[A-Z0-9]{4})").group(1)
    expect("premier cas")
    phones = [browser() for _ in range(3)]
    for phone in phones:
        phone.get(url)
        wait_text(phone, "la prochaine question")
    phones[0].save_screenshot(f"{out}/1-attente.png")
    type_line("")
    expect("ont voté")
    for phone, choice in zip(phones, ["b", "b", "a"]):
        wait_text(phone, "Touchez votre réponse.")
        if phone is phones[0]:
            # The optional pseudonym, with Markdown punctuation the debrief must escape.
            phone.find_element(By.ID, "pseudo").send_keys("  *x*|y ")
        tap(phone, choice)
        wait_text(phone, "Vote enregistré")
    phones[0].save_screenshot(f"{out}/2-vote-enregistre.png")
    type_line("question")
    expect(r"3 votes · 3/3 ont voté")
    type_line("reveler")
    expect("revoter")
    wait_text(phones[1], "Les votes de la salle")
    assert "b) " in phones[1].find_element(By.ID, "choix").text
    phones[1].save_screenshot(f"{out}/3-repartition.png")
    type_line("revoter")
    expect("vote 2")
    for phone in phones:
        wait_text(phone, "Second vote")
        tap(phone, "b")
        wait_text(phone, "Vote enregistré")
    type_line("reveler")
    expect("la réponse")
    type_line("")
    type_line("")
    expect("fondement")
    wait_text(phones[2], "Le fondement")
    tap(phones[2], "1")
    wait_text(phones[2], "Vote enregistré")
    phones[2].save_screenshot(f"{out}/4-fondement.png")
    type_line("fin")
    expect("Au revoir")
    proc.wait(timeout=10)
    text = open(debrief, encoding="utf-8").read()
    assert "Votes des téléphones : 1er vote 3 · 2e vote 3 · fondement 1." in text, text
    # The pseudonym is kept for the second vote; the two anonymous phones are only counted.
    assert "Pseudonymes au 1er vote : \\*x\\*\\|y : b.\n\nPseudonymes au 2e vote : \\*x\\*\\|y : b.\n" in text, text
    # The server stopped with the session: the page says the connection is lost.
    wait_text(phones[0], "Connexion perdue")
    print(f"three browsers voted, revealed, re-voted, ground voted; debrief counts the phone votes and lists the pseudonym; screenshots in {out}")
finally:
    for phone in phones:
        phone.quit()
    if proc.poll() is None:
        proc.kill()
