//! Attached files as document trees: the files on an entry (thumbnail, name, type, size, when
//! added, fingerprint, with save and remove), the files on the form not yet saved, and removed
//! files waiting in "recently deleted".

use std::collections::BTreeMap;

use super::doc::{action_button, el, DocAction, Node};
use crate::domain::attachment::Attachment;
use crate::domain::diary::{Diary, Incident};
use crate::domain::time::format_local;

/// Thumbnails ready to show: thumbnail id → `data:` address.
pub type Thumbs = BTreeMap<String, String>;

/// The id a file's buttons carry: the entry's and the file's.
pub fn file_ref(entry: &str, file: &str) -> String {
    format!("{entry}:{file}")
}

/// The entry and file ids back from [`file_ref`].
pub fn parse_file_ref(id: &str) -> Option<(&str, &str)> {
    id.split_once(':')
}

/// The thumbnail of an image, when it is ready; nothing otherwise.
pub fn thumb(a: &Attachment, thumbs: &Thumbs) -> Option<Node> {
    let url = thumbs.get(a.thumb.as_deref()?)?;
    Some(
        el("img")
            .attr("class", "attachment-thumb")
            .attr("data-testid", "attachment-thumb")
            .attr("src", url.clone())
            .attr("alt", format!("Thumbnail of {}", a.name)),
    )
}

/// One file's details: name, type and size, when added, and its fingerprint.
fn details(a: &Attachment, tz: i64) -> Node {
    el("div")
        .attr("class", "attachment-details")
        .child(el("p").attr("class", "attachment-name").text(a.summary()))
        .child(
            el("p")
                .attr("class", "hint")
                .text(format!("Added {}", format_local(a.added_ms, tz))),
        )
        .child(
            el("p").text("SHA-256 fingerprint: ").child(
                el("code")
                    .attr("class", "fingerprint")
                    .attr("data-testid", "attachment-fingerprint")
                    .attr("data-sha256", a.sha256.clone())
                    .text(a.fingerprint_groups()),
            ),
        )
}

fn row(a: &Attachment, thumbs: &Thumbs, tz: i64, buttons: Node) -> Node {
    el("li")
        .attr("class", "attachment")
        .attr("data-testid", "attachment")
        .children(thumb(a, thumbs))
        .child(details(a, tz))
        .child(buttons)
}

/// The files attached to an entry, each with "Save a copy" and "Remove".
pub fn entry_files(inc: &Incident, thumbs: &Thumbs, tz: i64) -> Node {
    let files: Vec<&Attachment> = inc.files().collect();
    if files.is_empty() {
        return el("div");
    }
    let rows = files.into_iter().map(|a| {
        let id = file_ref(&inc.id, &a.id);
        row(
            a,
            thumbs,
            tz,
            el("p")
                .attr("class", "button-row no-print")
                .child(action_button(
                    format!("Save a copy of {}", a.name),
                    DocAction::SaveFile,
                    &id,
                    false,
                ))
                .child(action_button(
                    format!("Remove {}", a.name),
                    DocAction::RemoveFile,
                    &id,
                    true,
                )),
        )
    });
    el("section")
        .attr("class", "attachments")
        .attr("aria-labelledby", "attachments-heading")
        .child(el("h3").attr("id", "attachments-heading").text("Attached files"))
        .child(el("p").attr("class", "hint").text(
            "Each file is kept exactly as it was attached. The fingerprint shows it has not changed since.",
        ))
        .child(
            el("ul")
                .attr("class", "attachment-list")
                .attr("data-testid", "attachment-list")
                .children(rows),
        )
}

/// Files attached on the form, not saved with the entry yet, each with "Take off".
pub fn pending_files(list: &[Attachment], thumbs: &Thumbs, tz: i64) -> Node {
    let rows = list.iter().map(|a| {
        row(
            a,
            thumbs,
            tz,
            el("p").child(action_button(
                format!("Take {} off this entry", a.name),
                DocAction::DropPending,
                &a.id,
                true,
            )),
        )
    });
    el("ul")
        .attr("class", "attachment-list")
        .attr("data-testid", "pending-files")
        .children(rows)
}

/// Files removed from entries, each restorable, for "recently deleted".
pub fn removed_files(diary: &Diary, tz: i64) -> Node {
    let list = diary.removed_files();
    if list.is_empty() {
        return el("div");
    }
    let items = list.iter().map(|(inc, a)| {
        el("li")
            .attr("class", "card")
            .attr("data-testid", "removed-file")
            .text(format!(
                "{} (from the entry of {}), removed {} ",
                a.summary(),
                inc.current.happened_date,
                format_local(a.removed_ms.unwrap_or_default(), tz)
            ))
            .child(action_button(
                format!("Restore {}", a.name),
                DocAction::RestoreFile,
                &file_ref(&inc.id, &a.id),
                true,
            ))
    });
    el("section").child(el("h3").text("Removed files")).child(
        el("ul")
            .attr("class", "entry-list")
            .attr("data-testid", "removed-files")
            .children(items),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::attachment::tests::sample;
    use crate::domain::diary::IncidentFields;

    fn entry() -> Incident {
        let mut i = Incident::new("e1".into(), IncidentFields::default(), 1);
        i.attachments = vec![sample("f1", 2), sample("f2", 3)];
        i.attachments[1].removed_ms = Some(4);
        i
    }

    #[test]
    fn an_entry_shows_each_kept_file_with_its_fingerprint_and_thumbnail() {
        let i = entry();
        let mut thumbs = Thumbs::new();
        thumbs.insert("f1.thumb".into(), "data:image/jpeg;base64,AAAA".into());
        let tree = entry_files(&i, &thumbs, 0);
        let text = tree.all_text();
        assert!(
            text.contains("photo of the gate.jpg · image/jpeg · 2.4 MB"),
            "{text}"
        );
        assert!(
            text.contains(&i.attachments[0].fingerprint_groups()),
            "{text}"
        );
        assert!(
            !text.contains(&i.attachments[1].fingerprint_groups()),
            "removed file not shown"
        );
        assert!(format!("{tree:?}").contains("data:image/jpeg;base64,AAAA"));
        assert_eq!(parse_file_ref(&file_ref("e1", "f1")), Some(("e1", "f1")));
        assert_eq!(
            entry_files(
                &Incident::new("x".into(), IncidentFields::default(), 1),
                &thumbs,
                0
            ),
            el("div")
        );
    }

    #[test]
    fn removed_files_wait_in_recently_deleted() {
        let mut d = Diary::default();
        d.put(entry());
        let text = removed_files(&d, 0).all_text();
        assert!(text.contains("photo of the gate.jpg"), "{text}");
        assert!(text.contains("Restore"), "{text}");
    }
}
