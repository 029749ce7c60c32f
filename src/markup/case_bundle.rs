//! The case bundle for police: one ZIP with the printable case file (HTML), the diary as CSV,
//! and every original attached file, named by incident number and fingerprint as the case
//! file's evidence index lists them.

use std::collections::BTreeMap;

use super::doc::Node;
use crate::domain::diary::Diary;
use crate::domain::zip::{self, DosTime, ZipError};

/// The case file as a page of its own, readable on any computer with no network.
pub fn case_file_page(case_file: &Node) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>Case file for police</title>\n<style>body{{font-family:sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}}img{{max-width:160px}}figure{{display:inline-block;margin:.5rem 1rem .5rem 0}}</style>\n</head>\n<body>\n{}\n</body>\n</html>\n",
        case_file.to_html()
    )
}

/// The names of the attached files in the bundle (by file id), numbered as the case file numbers
/// the incidents: oldest first.
pub fn evidence_names(diary: &Diary) -> Vec<(String, String)> {
    let mut entries = diary.list();
    entries.reverse();
    entries
        .iter()
        .enumerate()
        .flat_map(|(n, i)| i.files().map(move |a| (a.id.clone(), a.bundle_name(n + 1))))
        .collect()
}

/// The bundle's bytes. `originals` holds each attached file's bytes by id; a file the device
/// does not hold is left out (the case file still lists it with its fingerprint).
pub fn bundle(
    diary: &Diary,
    case_file: &Node,
    csv: &str,
    originals: &BTreeMap<String, Vec<u8>>,
    when: DosTime,
) -> Result<Vec<u8>, ZipError> {
    let mut files = vec![
        (
            "case-file.html".to_string(),
            case_file_page(case_file).into_bytes(),
        ),
        ("diary.csv".to_string(), csv.as_bytes().to_vec()),
    ];
    for (id, name) in evidence_names(diary) {
        if let Some(bytes) = originals.get(&id) {
            files.push((name, bytes.clone()));
        }
    }
    zip::store(&files, when)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::attachment::{hex, tests::sample};
    use crate::domain::diary::IncidentFields;
    use crate::domain::sha256::digest;
    use crate::markup::doc::el;

    #[test]
    fn the_bundle_holds_the_case_file_the_csv_and_every_original_by_incident_and_fingerprint() {
        let mut d = Diary::default();
        for (id, date) in [("a", "2026-11-01"), ("b", "2026-11-05")] {
            d.add(
                IncidentFields {
                    happened_date: date.into(),
                    what_happened: format!("incident {id}"),
                    ..IncidentFields::default()
                },
                id.into(),
                0,
            );
        }
        let bytes = b"the letter, word for word".to_vec();
        let mut f = sample("f1", 1);
        f.name = "letter.txt".into();
        f.sha256 = hex(&digest(&bytes));
        d.attach("b", vec![f.clone(), sample("missing", 2)]);
        let originals = BTreeMap::from([("f1".to_string(), bytes.clone())]);
        let tree = el("section").text("Case file <for> police");
        let zip = bundle(
            &d,
            &tree,
            "a,b\r\n",
            &originals,
            DosTime::new(2026, 12, 3, 9, 0, 0),
        )
        .unwrap();
        let path =
            std::env::temp_dir().join(format!("standsafe-bundle-{}.zip", std::process::id()));
        std::fs::write(&path, &zip).unwrap();
        let out = std::process::Command::new("unzip")
            .arg("-l")
            .arg(&path)
            .output()
            .unwrap();
        let test = std::process::Command::new("unzip")
            .arg("-t")
            .arg(&path)
            .output()
            .unwrap();
        let _ = std::fs::remove_file(&path);
        let listing = String::from_utf8_lossy(&out.stdout);
        assert!(test.status.success());
        assert!(listing.contains("case-file.html"), "{listing}");
        assert!(listing.contains("diary.csv"), "{listing}");
        let name = format!("evidence/incident-002-{}-letter.txt", &f.sha256[..12]);
        assert!(listing.contains(&name), "{listing}");
        assert_eq!(
            listing.matches("evidence/").count(),
            1,
            "a file not on the device is left out"
        );
        assert!(case_file_page(&tree).contains("Case file &lt;for&gt; police"));
        assert_eq!(
            DosTime::from_iso("2026-12-03T09:00:00Z"),
            Some(DosTime::new(2026, 12, 3, 9, 0, 0))
        );
    }
}
