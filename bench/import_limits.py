"""Uploads expanding files to the import page and measures the server's answer time and memory growth.

Usage: python3 bench/import_limits.py BASE_URL SERVER_PID WORK_DIR FILE_NAME   (run by bench/import-limits.sh)
       python3 bench/import_limits.py header
"""
import html
import http.cookiejar
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile

COLUMNS = f"{'file':<24} {'size_KB':>8} {'status':>6} {'time_s':>7} {'rss_before_MB':>13} {'peak_growth_MB':>14} {'growth_after_2s_MB':>18}  message"
if sys.argv[1:] == ["header"]:
    sys.exit(print(COLUMNS))
BASE, PID, WORK, FILE = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
EMAIL, PASSWORD = "focal.br@example.org", "Sample focal point password BR"
IMPORT = "/en/workspace/br/import"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TOKEN = re.compile(r'<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"')


def workbook(path, sheet_cells, shared_texts=None):
    """A workbook of one sheet (its cells written by SHEET_CELLS) and, if given, a table of shared texts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
                   f'<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
            header = "".join(f'<c r="{column}1" t="inlineStr"><is><t>{name}</t></is></c>'
                             for column, name in zip("ABCDE", ("indicator_code", "year", "value", "status", "source_note")))
            sheet.write(f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{header}</row>'.encode())
            sheet_cells(sheet)
            sheet.write(b"</sheetData></worksheet>")
        if shared_texts:
            with z.open("xl/sharedStrings.xml", "w") as texts:
                texts.write(f'<sst xmlns="{MAIN}">'.encode())
                shared_texts(texts)
                texts.write(b"</sst>")


def huge_cell(sheet, megabytes=640):
    """Row 3 holds one cell of 640 million letters, compressed as far as DEFLATE goes."""
    sheet.write(b'<row r="3"><c r="E3" t="inlineStr"><is><t>')
    block = b"a" * (1024 * 1024)
    for _ in range(megabytes):
        sheet.write(block)
    sheet.write(b"</t></is></c></row>")


def many_long_texts(texts, count=10_000, length=3_999):
    """Texts each just under the cell limit, together past the limit on all texts (the most a workbook may hold)."""
    item = b"<si><t>" + b"a" * length + b"</t></si>"
    for _ in range(count):
        texts.write(item)


def csv_of_commas(path, commas):
    with open(path, "wb") as f:
        f.write(b"," * commas + b"\n")


class Client:
    def __init__(self):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(BASE + path, timeout=60) as response:
            return response.read().decode()

    def post(self, path, body, content_type, timeout=600):
        request = urllib.request.Request(BASE + path, data=body, headers={"Content-Type": content_type})
        try:
            with self.opener.open(request, timeout=timeout) as response:
                return response.status, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def sign_in(self):
        token = TOKEN.search(self.get("/Identity/Account/Login")).group(1)
        form = urllib.parse.urlencode({"Input.Email": EMAIL, "Input.Password": PASSWORD, "Input.RememberMe": "false",
                                       "__RequestVerificationToken": token}).encode()
        self.post("/Identity/Account/Login", form, "application/x-www-form-urlencoded")
        if "__RequestVerificationToken" not in self.get(IMPORT):
            sys.exit("sign-in as the Brazil focal point failed")

    def upload(self, content, name):
        token = TOKEN.search(self.get(IMPORT)).group(1)
        boundary = uuid.uuid4().hex
        body = (f'--{boundary}\r\nContent-Disposition: form-data; name="__RequestVerificationToken"\r\n\r\n{token}\r\n'
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                'Content-Type: application/octet-stream\r\n\r\n').encode() + content + f'\r\n--{boundary}--\r\n'.encode()
        return self.post(IMPORT, body, f"multipart/form-data; boundary={boundary}")


def rss_mb():
    with open(f"/proc/{PID}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+) kB", status.read()).group(1)) / 1024


def measure(client, path):
    with open(path, "rb") as f:
        content = f.read()
    before = rss_mb()
    peak = [before]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_mb())
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.monotonic()
    status, page = client.upload(content, os.path.basename(path))
    elapsed = time.monotonic() - started
    done.set()
    sampler.join()
    time.sleep(2)
    after = rss_mb()
    problem = re.search(r'<ol class="import-problems[^"]*">\s*<li>\s*(.*?)\s*</li>', page, re.S)
    message = html.unescape(re.sub(r"\s+", " ", problem.group(1))) if problem else "(no problem listed)"
    return len(content), status, elapsed, before, peak[0] - before, after - before, message


def main():
    path = os.path.join(WORK, FILE)
    if not os.path.exists(path):
        if FILE == "huge-cell.xlsx":
            workbook(path, huge_cell)
        elif FILE == "shared-texts.xlsx":
            workbook(path, lambda sheet: sheet.write(b'<row r="2"><c r="E2" t="s"><v>0</v></c></row>'), many_long_texts)
        else:
            csv_of_commas(path, 10_000_000)
    small = os.path.join(WORK, "warm-up.csv")
    with open(small, "w") as f:
        f.write("indicator_code,year,value,status,source_note\nMSME_DENSITY,2019,10,final,INE\n")

    client = Client()
    client.sign_in()
    measure(client, small)  # the import path, compiled and warm, so the figures are the file's alone
    size, status, elapsed, before, peak, after, message = measure(client, path)
    print(f"{FILE:<24} {size / 1024:>8.0f} {status:>6} {elapsed:>7.2f} {before:>13.0f} {peak:>14.0f} {after:>18.0f}  {message}")


main()
