#!/usr/bin/env python3
"""Province-scale data for bench/campaign.sh, written straight into a SQLite
thidua database that has the demo loaded (`thidua demo --people 0`):

- UNITS district units under the root unit (STNMT), every one taking part in
  the seed campaign (id 1, running, no registration deadline);
- PEOPLE people spread evenly over them (person i in unit i % UNITS);
- one individual registration in campaign 1 for every person except the last
  POOL ones (3 targets with progress, 1 initiative, state draft, submitted or
  approved): the POOL people are registered during the benchmark, over HTTP,
  so that every person has exactly one registration when it ends;
- unit plans from every other unit, open difficulties from every third one;
- NOMINEES nominations in state "passed" for award type 1 of campaign 1
  (Giấy khen, own authority), for the first person of each unit, ready to be
  put into one draft decision.

Prints one line: "FIRST_POOL_PERSON_ID LAST_POOL_PERSON_ID" (inclusive; empty
range when POOL is 0). Usage: campaign_data.py DB_PATH UNITS PEOPLE POOL NOMINEES

`campaign_data.py --fill DB_PATH` then gives every person of a participating
unit still without one a registration in campaign 1 (the pool people the
HTTP run did not reach), and prints how many.
"""
import random
import sqlite3
import sys
import unicodedata

CAMPAIGN = 1
AWARD_TYPE = 1
NOW = "2026-01-01T00:00:00.000Z"
TARGETS = ((1, "Hoàn thành 100% nhiệm vụ đúng hạn"), (2, "Số hóa 500 hồ sơ"),
           (3, "Không vi phạm kỷ luật, văn hóa công sở"))
rnd = random.Random(7)


def add_registrations(c, people, states):
    """Registrations in CAMPAIGN for `people` [(person id, unit id)], 3 targets and 1 initiative each."""
    first = c.execute("SELECT COALESCE(MAX(id), 0) FROM registrations").fetchone()[0] + 1
    c.executemany(
        "INSERT INTO registrations (id, campaign_id, unit_id, subject, person_id, subject_key, state, signature_task, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        ((first + i, CAMPAIGN, uid, "individual", pid, f"p:{pid}", rnd.choice(states), "Số hóa hồ sơ địa chính", NOW,
          NOW) for i, (pid, uid) in enumerate(people)))
    c.executemany(
        "INSERT INTO registration_targets (registration_id, ord, content_label, text, progress_status, "
        "progress_percent) VALUES (?,?,?,?,?,?)",
        ((first + i, k, str(k), t, "in_progress", rnd.randint(0, 100)) for i in range(len(people)) for k, t in TARGETS))
    c.executemany(
        "INSERT INTO initiatives (registration_id, ord, title, content, expected_effect) VALUES (?,?,?,?,?)",
        ((first + i, 1, "Quy trình quét hồ sơ", "Chuẩn hóa các bước", "Giảm 30% thời gian tra cứu")
         for i in range(len(people))))
    return first


if sys.argv[1] == "--fill":
    db = sqlite3.connect(sys.argv[2], timeout=30)
    c = db.cursor()
    missing = c.execute(
        "SELECT p.id, p.unit_id FROM people p JOIN campaign_units cu ON cu.campaign_id = ? AND cu.unit_id = p.unit_id "
        "WHERE NOT EXISTS (SELECT 1 FROM registrations r WHERE r.campaign_id = ? AND r.subject_key = 'p:' || p.id) "
        "ORDER BY p.id", (CAMPAIGN, CAMPAIGN)).fetchall()
    add_registrations(c, missing, ["draft", "submitted"])
    db.commit()
    print(len(missing))
    sys.exit(0)

path = sys.argv[1]
n_units, n_people, n_pool, n_nominees = (int(v) for v in sys.argv[2:6])
if n_units < 1 or n_people < n_units or not 0 <= n_pool <= n_people or not 0 <= n_nominees <= n_units:
    sys.exit("campaign_data.py: need UNITS >= 1, PEOPLE >= UNITS, 0 <= POOL <= PEOPLE, 0 <= NOMINEES <= UNITS")

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Đức", "Thanh", "Minh", "Ngọc", "Quang", "Thu", "Hữu", "Xuân"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long",
         "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"]


def fold(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn")


db = sqlite3.connect(path)
c = db.cursor()
c.execute("PRAGMA journal_mode=WAL")
c.execute("PRAGMA synchronous=OFF")
root_id, root_path = c.execute("SELECT id, path FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1").fetchone()
state = c.execute("SELECT state FROM campaigns WHERE id = ?", (CAMPAIGN,)).fetchone()
if state is None or state[0] != "running":
    sys.exit("campaign_data.py: the seed campaign (id 1, running) is missing; load the demo first")

units = []
for i in range(n_units):
    c.execute(
        "INSERT INTO units (parent_id, code, name, kind, path, sort_order, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?)",
        (root_id, f"BENCH-{i}", f"Phòng Tài nguyên và Môi trường thử {i + 1}", "district_office", "", 1000 + i, NOW,
         NOW))
    uid = c.lastrowid
    upath = f"{root_path}{uid}/"
    c.execute("UPDATE units SET path = ? WHERE id = ?", (upath, uid))
    units.append((uid, upath))
c.executemany("INSERT INTO campaign_units (campaign_id, unit_id) VALUES (?,?)", [(CAMPAIGN, u) for u, _ in units])
c.execute("UPDATE campaigns SET registration_deadline = NULL WHERE id = ?", (CAMPAIGN,))


def person_rows():
    for i in range(n_people):
        uid, upath = units[i % n_units]
        name = f"{FAMILY[i % 16]} {MIDDLE[(i // 16) % 10]} {GIVEN[(i // 160) % 27]} {i + 1}"
        yield (name, fold(name), fold(name), "Chuyên viên", "civil_servant", uid, upath, NOW, NOW)


first_id = (c.execute("SELECT COALESCE(MAX(id), 0) FROM people").fetchone()[0]) + 1
c.executemany(
    "INSERT INTO people (full_name, name_folded, sort_key, position, category, unit_id, unit_path, created_at, "
    "updated_at) VALUES (?,?,?,?,?,?,?,?,?)", person_rows())
ids = [r[0] for r in c.execute("SELECT id FROM people WHERE id >= ? ORDER BY id", (first_id,))]
assert len(ids) == n_people

registered = n_people - n_pool
first_reg = add_registrations(c, [(ids[i], units[i % n_units][0]) for i in range(registered)],
                              ["draft", "submitted", "approved", "approved"])

for k, (uid, _) in enumerate(units):
    if k % 2 == 0:
        c.execute("INSERT INTO unit_plans (campaign_id, unit_id, submitted_at) VALUES (?,?,?)", (CAMPAIGN, uid, NOW))
    if k % 3 == 0:
        c.execute("INSERT INTO difficulties (campaign_id, unit_id, title, raised_at) VALUES (?,?,?,?)",
                  (CAMPAIGN, uid, "Thiếu kinh phí số hóa", NOW))

# Person k (k < UNITS) is the first person of unit k; a registered one when
# k < PEOPLE - POOL.
c.executemany(
    "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, subject_key, registration_id, "
    "report, state, submitted_at, reviewed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    ((CAMPAIGN, AWARD_TYPE, units[k][0], "individual", ids[k], f"p:{ids[k]}",
      first_reg + k if k < registered else None,
      "Hoàn thành xuất sắc nhiệm vụ được giao; sáng kiến “Quy trình quét hồ sơ” được công nhận.", "passed", NOW, NOW)
     for k in range(n_nominees)))
db.commit()
c.execute("ANALYZE")
db.commit()
db.close()
print(ids[registered] if n_pool else 0, ids[-1] if n_pool else -1)
