#!/usr/bin/env python3
"""Adds a province-sized campaign to a SQLite thidua database that has the demo
loaded (bench/dashboard.sh): UNITS district units under the root, PEOPLE people
spread over them, a running campaign (id printed) in which every such unit
takes part, half of the people registered (two targets each), plans from every
other unit, open difficulties, and a registration deadline in the past so that
the dashboard has late units. Usage: dashboard_data.py DB_PATH UNITS PEOPLE"""
import random
import sqlite3
import sys

path, n_units, n_people = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
now = "2026-01-01T00:00:00.000Z"
rnd = random.Random(7)
db = sqlite3.connect(path)
c = db.cursor()
root_id, root_path = c.execute("SELECT id, path FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1").fetchone()
units = []
for i in range(n_units):
    c.execute(
        "INSERT INTO units (parent_id, code, name, kind, path, sort_order, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?)",
        (root_id, f"BENCH-{i}", f"Đơn vị thử {i}", "district_office", "", 1000 + i, now, now))
    uid = c.lastrowid
    upath = f"{root_path}{uid}/"
    c.execute("UPDATE units SET path = ? WHERE id = ?", (upath, uid))
    units.append((uid, upath))
c.execute(
    "INSERT INTO campaigns (issuing_unit_id, kind, state, document_type, doc_symbol, title, period_end, "
    "registration_deadline, content_json, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    (root_id, "thematic", "running", "KH", "KH-STNMT", "Đợt thi đua quy mô tỉnh", "2026-12-31", "2026-02-01", "{}",
     now, now))
campaign = c.lastrowid
c.executemany("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (?,?)", [(campaign, u) for u, _ in units])
for i in range(n_people):
    uid, upath = units[i % len(units)]
    name = f"Nguyễn Văn Thử {i}"
    c.execute(
        "INSERT INTO people (full_name, name_folded, sort_key, category, unit_id, unit_path, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?)", (name, name.lower(), name, "civil_servant", uid, upath, now, now))
    pid = c.lastrowid
    if i % 2 == 0:
        state = rnd.choice(["submitted", "approved", "approved", "draft"])
        c.execute(
            "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, created_at, "
            "updated_at) VALUES (?,?,?,?,?,?,?,?)", (campaign, uid, "individual", pid, f"p:{pid}", state, now, now))
        rid = c.lastrowid
        for ord_ in (1, 2):
            c.execute("INSERT INTO registration_targets (registration_id, ord, text, progress_percent) VALUES (?,?,?,?)",
                      (rid, ord_, "Hoàn thành nhiệm vụ", rnd.randint(0, 100)))
for k, (uid, _) in enumerate(units):
    if k % 2 == 0:
        c.execute("INSERT INTO unit_plans (campaign_id, unit_id, submitted_at) VALUES (?,?,?)", (campaign, uid, now))
    if k % 3 == 0:
        c.execute("INSERT INTO difficulties (campaign_id, unit_id, title, raised_at) VALUES (?,?,?,?)",
                  (campaign, uid, "Thiếu kinh phí", now))
db.commit()
c.execute("ANALYZE")
db.commit()
print(campaign)
