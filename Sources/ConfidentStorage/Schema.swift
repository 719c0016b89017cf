import GRDB

/// The schema of `progress.sqlite`, as `DatabaseMigrator` migrations.
///
/// Never edit a registered migration: add a new one. A file whose migrations this list does not
/// know was written by a newer Confident and is moved aside, not opened.
enum Schema {
  /// `PRAGMA application_id` of a Confident progress file: "Conf" in ASCII.
  static let applicationID: Int32 = 0x436F_6E66

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-answers-cards-session") { db in
      try db.execute(sql: "PRAGMA application_id = \(applicationID)")
      try db.execute(
        sql: """
          CREATE TABLE answer (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            caseID TEXT NOT NULL,
            stepID TEXT NOT NULL,
            authoredOption INTEGER,
            shownOrder TEXT NOT NULL,
            groundID TEXT,
            certainty INTEGER,
            decisionPoints REAL NOT NULL,
            groundPoints REAL NOT NULL,
            cbmMark INTEGER,
            timeTakenMs INTEGER NOT NULL,
            mode TEXT NOT NULL,
            sessionID TEXT NOT NULL,
            answeredAt INTEGER NOT NULL,
            stepContentHash TEXT NOT NULL
          );
          CREATE INDEX answer_case ON answer(caseID);
          CREATE TABLE card (
            key TEXT PRIMARY KEY NOT NULL,
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due INTEGER NOT NULL,
            lastReview INTEGER
          ) WITHOUT ROWID;
          CREATE INDEX card_due ON card(due);
          CREATE TABLE savedSession (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            sessionID TEXT NOT NULL,
            mode TEXT NOT NULL,
            savedAt INTEGER NOT NULL,
            payload BLOB NOT NULL
          );
          """)
    }
    return migrator
  }
}
