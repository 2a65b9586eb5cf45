"""Accepts or rejects every tracked change of .docx files with LibreOffice's own API and writes their text.

Usage: python3 lo_track_changes.py SOFFICE PROFILE_DIR OUT_DIR FILE.docx...
For each FILE it writes OUT_DIR/FILE.accept.txt and OUT_DIR/FILE.reject.txt (UTF-8 text export).
Runs one headless soffice for all files, listening on a private pipe, with a private user profile.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    soffice, profile, out_dir, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    pipe = "rgiem_delta_%d" % os.getpid()
    proc = subprocess.Popen([
        soffice, "-env:UserInstallation=file://" + profile, "--headless", "--invisible", "--norestore",
        "--nolockcheck", "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            raise SystemExit("soffice did not start")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        for path in files:
            for mode, command in (("accept", ".uno:AcceptAllTrackedChanges"), ("reject", ".uno:RejectAllTrackedChanges")):
                doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (prop("Hidden", True),))
                frame = doc.getCurrentController().getFrame()
                dispatcher.executeDispatch(frame, command, "", 0, ())
                target = os.path.join(out_dir, os.path.basename(path) + "." + mode + ".txt")
                doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
                doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
