//! The incident diary: entries with every earlier version kept, people linked across entries,
//! soft delete, search and filters. Plain Rust; storage keeps one key per entry.

use std::collections::BTreeMap;

use super::attachment::{self, Attachment};
use super::envelope::Versioned;
pub use super::field_problem::FieldProblem;
use super::time::{parse_date, parse_time};

choice_enum!(
    /// How the incident reached the user.
    Channel {
        InPerson = "in_person": "In person",
        Phone = "phone": "Phone call",
        LetterOrPost = "letter_or_post": "Letter or post",
        Email = "email": "Email",
        SocialMediaOrDm = "social_media_or_dm": "Social media or direct message",
        PropertyDamage = "property_damage": "Damage to property",
        ThroughSomeoneElse = "through_someone_else": "Through someone else",
        Other = "other": "Other",
    }
);

/// Whether an incident reached the user online, offline, or either: the entry form asks only
/// the questions that fit (a platform and a link for online abuse, a place for the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    Online,
    Offline,
    Either,
}

impl Reach {
    /// The name the form carries (`data-reach`), matched by the style sheet.
    pub fn key(self) -> &'static str {
        match self {
            Reach::Online => "online",
            Reach::Offline => "offline",
            Reach::Either => "either",
        }
    }
}

impl Channel {
    /// How this channel reached the user.
    pub fn reach(self) -> Reach {
        match self {
            Channel::Email | Channel::SocialMediaOrDm => Reach::Online,
            Channel::InPerson
            | Channel::Phone
            | Channel::LetterOrPost
            | Channel::PropertyDamage => Reach::Offline,
            Channel::ThroughSomeoneElse | Channel::Other => Reach::Either,
        }
    }
}

choice_enum!(
    /// Who the incident was reported to.
    ReportedTo {
        Police999 = "police_999": "Police by 999",
        Police101 = "police_101": "Police by 101",
        PoliceContact = "police_contact": "Named police contact",
        Platform = "platform": "The platform",
        Party = "party": "The party",
        Other = "other": "Other",
    }
);

choice_enum!(
    /// Where the incident stands.
    Status {
        Open = "open": "Open",
        Reported = "reported": "Reported",
        Closed = "closed": "Closed",
    }
);

/// Someone who saw what happened.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Witness {
    pub name: String,
    pub contact: String,
}

impl Witness {
    /// How a witness reads on screen and on paper: "Sam (07700 900123)", or "Sam" with no contact.
    pub fn label(&self) -> String {
        if self.contact.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.contact)
        }
    }
}

/// One report of the incident to someone.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Report {
    pub to: ReportedTo,
    pub date: String,
    pub officer_or_ref: String,
    pub crime_ref: String,
    pub outcome: String,
}

/// Everything the user writes about one incident (the fields police and helplines ask for).
/// Ordered only so that merges sort versions saved at the same moment the same way.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct IncidentFields {
    pub happened_date: String,
    pub happened_time: String,
    pub time_approx: bool,
    pub found_date: String,
    pub found_time: String,
    pub place: String,
    pub platform: String,
    pub link: String,
    pub channel: Channel,
    pub what_happened: String,
    pub exact_words: String,
    /// Ids of people in the diary's people list.
    pub people: Vec<String>,
    pub witnesses: Vec<Witness>,
    pub evidence: Vec<String>,
    pub effect: String,
    pub injury_damage_loss: String,
    pub reports: Vec<Report>,
    pub status: Status,
    pub action_needed: String,
}

/// The form's draft is stored in the same envelope as everything else.
impl Versioned for IncidentFields {
    const VERSION: u32 = 1;
}

impl IncidentFields {
    /// The witnesses on one line: "Sam (07700 900123); Priya".
    pub fn witness_list(&self) -> String {
        self.witnesses
            .iter()
            .map(Witness::label)
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// A blank entry dated today.
    pub fn starting_today(now_ms: i64) -> IncidentFields {
        IncidentFields {
            happened_date: super::time::format_date(now_ms),
            ..IncidentFields::default()
        }
    }

    /// What must be fixed before saving. Nothing typed is changed.
    pub fn problems(&self, now_ms: i64) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        let mut bad = |field, message| out.push(FieldProblem { field, message });
        match parse_date(self.happened_date.trim()) {
            None if self.happened_date.trim().is_empty() => bad("happened_date", "Add the date it happened. If you are not sure, give your best guess and tick that the time is approximate."),
            None => bad("happened_date", "This date is not complete. Use the date picker, or write it as year-month-day, for example 2026-11-23."),
            // A day's grace: the user's local date can be ahead of UTC.
            Some(day) if day > now_ms + 86_400_000 => bad("happened_date", "This date is in the future. Check the year and month."),
            Some(_) => {}
        }
        if !self.happened_time.trim().is_empty() && parse_time(self.happened_time.trim()).is_none()
        {
            bad(
                "happened_time",
                "Write the time as hours and minutes, for example 19:40.",
            );
        }
        if !self.found_date.trim().is_empty() && parse_date(self.found_date.trim()).is_none() {
            bad(
                "found_date",
                "This date is not complete. Use the date picker.",
            );
        }
        if !self.found_time.trim().is_empty() && parse_time(self.found_time.trim()).is_none() {
            bad(
                "found_time",
                "Write the time as hours and minutes, for example 08:15.",
            );
        }
        if self.what_happened.trim().is_empty() {
            bad(
                "what_happened",
                "Say briefly what happened. A sentence is enough; you can add more later.",
            );
        }
        out
    }

    /// Every piece of text in the entry, for search.
    fn text_parts(&self) -> impl Iterator<Item = &str> {
        [
            &self.happened_date,
            &self.happened_time,
            &self.found_date,
            &self.place,
            &self.platform,
            &self.link,
            &self.what_happened,
            &self.exact_words,
            &self.effect,
            &self.injury_damage_loss,
            &self.action_needed,
        ]
        .into_iter()
        .map(String::as_str)
        .chain(
            self.witnesses
                .iter()
                .flat_map(|w| [w.name.as_str(), w.contact.as_str()]),
        )
        .chain(self.evidence.iter().map(String::as_str))
        .chain(self.reports.iter().flat_map(|r| {
            [
                r.date.as_str(),
                r.officer_or_ref.as_str(),
                r.crime_ref.as_str(),
                r.outcome.as_str(),
            ]
        }))
        .chain([self.channel.label(), self.status.label()])
    }
}

/// An entry being written, as kept on the device until it is saved: every field, and the "New
/// people" box as typed. Stored as the fields with `new_people` beside them (see
/// `domain::stored`), so drafts stored before the box was kept read with it empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub fields: IncidentFields,
    pub new_people: String,
    /// Files attached while writing: their bytes are already in the file store; they join the
    /// entry when it is saved.
    pub attachments: Vec<Attachment>,
}

impl Versioned for Draft {
    const VERSION: u32 = IncidentFields::VERSION;
}

/// An earlier version of an entry, with when it was saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub saved_ms: i64,
    pub fields: IncidentFields,
}

/// One diary entry: the current text, every earlier version, and when each was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incident {
    pub id: String,
    /// When the entry was first written (set automatically: a contemporaneous record).
    pub created_ms: i64,
    /// When the current version was saved.
    pub edited_ms: i64,
    pub deleted_ms: Option<i64>,
    pub current: IncidentFields,
    pub history: Vec<Revision>,
    /// Files attached to the entry, removed ones included (until "recently deleted" is
    /// emptied). Written only when there is one, so entries without are stored as before.
    pub attachments: Vec<Attachment>,
}

impl Versioned for Incident {
    const VERSION: u32 = 1;
}

impl Incident {
    pub fn new(id: String, fields: IncidentFields, now_ms: i64) -> Incident {
        Incident {
            id,
            created_ms: now_ms,
            edited_ms: now_ms,
            deleted_ms: None,
            current: fields,
            history: Vec::new(),
            attachments: Vec::new(),
        }
    }

    /// Attachments not removed, oldest first.
    pub fn files(&self) -> impl Iterator<Item = &Attachment> {
        self.attachments.iter().filter(|a| a.removed_ms.is_none())
    }

    /// Replace the text, keeping the previous version. Returns false when nothing changed.
    pub fn edit(&mut self, fields: IncidentFields, now_ms: i64) -> bool {
        if fields == self.current {
            return false;
        }
        let previous = std::mem::replace(&mut self.current, fields);
        self.history.push(Revision {
            saved_ms: self.edited_ms,
            fields: previous,
        });
        self.edited_ms = now_ms.max(self.edited_ms);
        true
    }

    /// Combine two copies of the same entry (from two tabs, or a backup): the newer edit is
    /// current, and every other version of either copy is kept as history. No text is lost.
    pub fn merge(a: Incident, b: Incident) -> Incident {
        let (newer, older) = if (b.edited_ms, &b.current) > (a.edited_ms, &a.current) {
            (b, a)
        } else {
            (a, b)
        };
        let mut versions: Vec<Revision> = newer.history.into_iter().chain(older.history).collect();
        versions.push(Revision {
            saved_ms: older.edited_ms,
            fields: older.current,
        });
        super::sort::sort_by(&mut versions, |x, y| {
            (x.saved_ms, &x.fields).cmp(&(y.saved_ms, &y.fields))
        });
        versions.dedup();
        versions.retain(|r| !(r.saved_ms == newer.edited_ms && r.fields == newer.current));
        let attachments = attachment::merge(&newer.attachments, &older.attachments);
        // Deletion is a choice in time: the newer copy's state wins.
        Incident {
            id: newer.id,
            created_ms: newer.created_ms.min(older.created_ms),
            edited_ms: newer.edited_ms,
            deleted_ms: newer.deleted_ms,
            current: newer.current,
            history: versions,
            attachments,
        }
    }
}

/// A person named in one or more entries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    pub id: String,
    pub name_or_handle: String,
    pub description: String,
    pub vehicle: String,
    /// What the user typed about this person in later entries they chose to link to them, word
    /// for word (the first description is never changed). Written only when there is one.
    pub also_described: Vec<String>,
    /// Renames and merges the user made, oldest first. Written only when there is one.
    pub changes: Vec<PersonChange>,
    /// Set when the user said this person is the same as another: entries naming this person
    /// then count as that person's, and still show what the user wrote about this one.
    pub merged_into: Option<String>,
}

choice_enum!(
    /// What the user changed about a person.
    ChangeKind {
        Renamed = "renamed": "Renamed",
        Merged = "merged": "Merged",
    }
);

/// One deliberate change to a person, kept as their history: a rename (`from` the old name `to`
/// the new), or a merge (`other_id` the person merged in, `from` how they read at that moment).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct PersonChange {
    pub at_ms: i64,
    pub kind: ChangeKind,
    pub from: String,
    pub to: String,
    pub other_id: String,
}

impl Person {
    /// The name this person was first recorded under, when it has been changed since.
    pub fn first_name_recorded(&self) -> Option<&str> {
        self.changes
            .iter()
            .find(|c| c.kind == ChangeKind::Renamed)
            .map(|c| c.from.as_str())
            .filter(|first| *first != self.name_or_handle)
    }

    /// "Unknown man, about 50, red jacket": the name and every description the user typed.
    pub fn label(&self) -> String {
        std::iter::once(self.name_or_handle.as_str())
            .chain([self.description.as_str(), self.vehicle.as_str()])
            .chain(self.also_described.iter().map(String::as_str))
            .filter(|t| !t.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A person typed in the form's "New people" box: the name or handle, then after the first comma
/// a description, as the user wrote them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedPerson {
    pub name: String,
    pub description: String,
}

impl TypedPerson {
    pub fn parse(line: &str) -> TypedPerson {
        let (name, description) = line.split_once(',').unwrap_or((line, ""));
        TypedPerson {
            name: name.trim().to_string(),
            description: description.trim().to_string(),
        }
    }
}

/// A name or handle as compared for "may be the same person": case, spacing and a leading @ do
/// not count. Only ever used to ask the user, never to link people by itself.
fn name_key(name: &str) -> String {
    name.trim()
        .trim_start_matches('@')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Everyone named in the diary; people are only ever added, so two lists merge by union.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct People(pub Vec<Person>);

impl Versioned for People {
    const VERSION: u32 = 1;
}

impl People {
    pub fn list(&self) -> &[Person] {
        &self.0
    }
    /// Add everyone from `other` whose id is not already here, and any later description of a
    /// person known to both.
    pub fn merge_from(&mut self, other: People) {
        for p in other.0 {
            match self.0.iter_mut().find(|q| q.id == p.id) {
                Some(q) => {
                    for d in p.also_described {
                        if !q.also_described.contains(&d) {
                            q.also_described.push(d);
                        }
                    }
                    // Changes are only ever added: the union, in time order; the newest rename
                    // gives the name, and a merge made in either copy stands.
                    for c in p.changes {
                        if !q.changes.contains(&c) {
                            q.changes.push(c);
                        }
                    }
                    super::sort::sort_by(&mut q.changes, |a, b| a.cmp(b));
                    if let Some(r) = q
                        .changes
                        .iter()
                        .rev()
                        .find(|c| c.kind == ChangeKind::Renamed)
                    {
                        q.name_or_handle = r.to.clone();
                    }
                    if q.merged_into.is_none() {
                        q.merged_into = p.merged_into;
                    }
                }
                None => self.0.push(p),
            }
        }
    }
}

/// Search and filter settings for the list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub text: String,
    pub channel: Option<Channel>,
    pub person: Option<String>,
    pub status: Option<Status>,
    pub from_date: Option<String>,
    pub to_date: Option<String>,
}

impl Filter {
    /// The search and filters in words, for the case file's cover: "search "van"; how it
    /// reached you: Email". "no filter" when nothing is set.
    pub fn describe(&self, diary: &Diary) -> String {
        let mut parts = Vec::new();
        if !self.text.trim().is_empty() {
            parts.push(format!("search \"{}\"", self.text.trim()));
        }
        if let Some(c) = self.channel {
            parts.push(format!("how it reached you: {}", c.label()));
        }
        if let Some(s) = self.status {
            parts.push(format!("status: {}", s.label()));
        }
        if let Some(p) = self.person.as_deref().and_then(|id| diary.person(id)) {
            parts.push(format!("person: {}", p.label()));
        }
        if let Some(d) = &self.from_date {
            parts.push(format!("from {d}"));
        }
        if let Some(d) = &self.to_date {
            parts.push(format!("to {d}"));
        }
        if parts.is_empty() {
            "no filter".to_string()
        } else {
            parts.join("; ")
        }
    }

    /// True when any search or filter is set.
    pub fn is_set(&self) -> bool {
        !self.text.trim().is_empty()
            || self.channel.is_some()
            || self.status.is_some()
            || self.person.is_some()
            || self.from_date.is_some()
            || self.to_date.is_some()
    }
}

/// The whole diary in memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diary {
    incidents: BTreeMap<String, Incident>,
    pub people: People,
}

/// A new id, unique per tab: time and randomness in base 36 (a-z0-9 only).
pub fn new_id(now_ms: i64, random: u32) -> String {
    fn base36(mut n: u64) -> String {
        let mut out = Vec::new();
        loop {
            out.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
            n /= 36;
            if n == 0 {
                break;
            }
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }
    format!(
        "{}-{}",
        base36(now_ms.max(0) as u64),
        base36(u64::from(random))
    )
}

/// Sort key: newest happened first, then newest written.
fn newest_first(i: &Incident) -> impl Ord + '_ {
    std::cmp::Reverse((
        i.current.happened_date.as_str(),
        i.current.happened_time.as_str(),
        i.created_ms,
    ))
}

impl Diary {
    pub fn from_parts(incidents: Vec<Incident>, people: People) -> Diary {
        let mut diary = Diary {
            incidents: BTreeMap::new(),
            people,
        };
        for i in incidents {
            diary.put(i);
        }
        diary
    }

    pub fn get(&self, id: &str) -> Option<&Incident> {
        self.incidents.get(id)
    }

    /// Put an entry in as it is (from storage or a merge).
    pub fn put(&mut self, incident: Incident) {
        self.incidents.insert(incident.id.clone(), incident);
    }

    /// Take an entry out of memory only (used when its first save failed).
    pub fn forget(&mut self, id: &str) {
        self.incidents.remove(id);
    }

    pub fn add(&mut self, fields: IncidentFields, id: String, now_ms: i64) {
        self.put(Incident::new(id, fields, now_ms));
    }

    pub fn edit(&mut self, id: &str, fields: IncidentFields, now_ms: i64) -> bool {
        self.incidents
            .get_mut(id)
            .is_some_and(|i| i.edit(fields, now_ms))
    }

    pub fn delete(&mut self, id: &str, now_ms: i64) {
        if let Some(i) = self.incidents.get_mut(id) {
            i.deleted_ms = Some(now_ms);
            i.edited_ms = i.edited_ms.max(now_ms);
        }
    }

    /// Bring a deleted entry back. It counts as a change at `now_ms`, so a merge with an
    /// older stored copy (still deleted) keeps it restored.
    pub fn restore(&mut self, id: &str, now_ms: i64) {
        if let Some(i) = self.incidents.get_mut(id) {
            i.deleted_ms = None;
            i.edited_ms = i.edited_ms.max(now_ms);
        }
    }

    /// Empty "recently deleted": returns the ids removed.
    pub fn purge_deleted(&mut self) -> Vec<String> {
        let gone: Vec<String> = self.deleted().iter().map(|i| i.id.clone()).collect();
        for id in &gone {
            self.incidents.remove(id);
        }
        gone
    }

    /// Add files to an entry (attached while it was being written). The entry's text and its
    /// versions are not touched.
    pub fn attach(&mut self, id: &str, files: Vec<Attachment>) {
        if let Some(i) = self.incidents.get_mut(id) {
            i.attachments = attachment::merge(&i.attachments, &files);
        }
    }

    /// Move a file to "recently deleted" (`removed`), or bring it back.
    pub fn set_file_removed(&mut self, entry: &str, file: &str, removed: bool, now_ms: i64) {
        let found = self
            .incidents
            .get_mut(entry)
            .and_then(|i| i.attachments.iter_mut().find(|a| a.id == file));
        if let Some(a) = found {
            a.removed_ms = removed.then_some(now_ms);
            a.changed_ms = a.changed_ms.max(now_ms);
        }
    }

    /// Files removed from entries that are not themselves deleted, most recently removed first.
    pub fn removed_files(&self) -> Vec<(&Incident, &Attachment)> {
        let mut out: Vec<(&Incident, &Attachment)> = self
            .incidents
            .values()
            .filter(|i| i.deleted_ms.is_none())
            .flat_map(|i| i.attachments.iter().map(move |a| (i, a)))
            .filter(|(_, a)| a.removed_ms.is_some())
            .collect();
        // Insertion sort, newest removal first: a short list, and no new sort code in the app.
        for i in 1..out.len() {
            let mut j = i;
            while j > 0 && out[j - 1].1.removed_ms < out[j].1.removed_ms {
                out.swap(j - 1, j);
                j -= 1;
            }
        }
        out
    }

    /// Empty "recently deleted" of removed files: each entry changed, with the files it
    /// dropped (whose bytes, and thumbnails, can then leave the file store).
    pub fn purge_removed_files(&mut self) -> Vec<(String, Vec<Attachment>)> {
        let mut out = Vec::new();
        for i in self.incidents.values_mut() {
            if i.deleted_ms.is_some() || i.attachments.iter().all(|a| a.removed_ms.is_none()) {
                continue;
            }
            let (gone, kept) = std::mem::take(&mut i.attachments)
                .into_iter()
                .partition(|a| a.removed_ms.is_some());
            i.attachments = kept;
            out.push((i.id.clone(), gone));
        }
        out
    }

    /// True while nothing has been written: no entry, not even one in "recently deleted".
    pub fn is_empty(&self) -> bool {
        self.incidents.is_empty()
    }

    /// Every entry, deleted ones included (for backups).
    pub fn all(&self) -> Vec<Incident> {
        self.incidents.values().cloned().collect()
    }

    /// Entries not deleted, newest first.
    pub fn list(&self) -> Vec<&Incident> {
        self.listed(|_| true)
    }

    /// How many entries are not deleted (no sort, unlike `list().len()`).
    pub fn count(&self) -> usize {
        self.incidents
            .values()
            .filter(|i| i.deleted_ms.is_none())
            .count()
    }

    /// Entries not deleted that `keep` accepts, newest first: chosen before they are sorted, so a
    /// search over thousands of entries sorts only what it found.
    fn listed(&self, keep: impl Fn(&Incident) -> bool) -> Vec<&Incident> {
        let mut out: Vec<&Incident> = self
            .incidents
            .values()
            .filter(|i| i.deleted_ms.is_none() && keep(i))
            .collect();
        super::sort::sort_by_key(&mut out, |i| newest_first(i));
        out
    }

    pub fn deleted(&self) -> Vec<&Incident> {
        let mut out: Vec<&Incident> = self
            .incidents
            .values()
            .filter(|i| i.deleted_ms.is_some())
            .collect();
        super::sort::sort_by_key(&mut out, |i| std::cmp::Reverse(i.deleted_ms));
        out
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.0.iter().find(|p| p.id == id)
    }

    /// The newest date this person was seen: the latest "happened" date of an entry naming them.
    pub fn last_seen(&self, id: &str) -> Option<&str> {
        self.entries_naming(id)
            .into_iter()
            .map(|i| i.current.happened_date.as_str())
            .max()
    }

    /// "Unknown man, about 50, red jacket, seen 2 Dec": enough to tell two people apart.
    pub fn person_label(&self, p: &Person) -> String {
        match self.last_seen(&p.id).and_then(super::time::day_month) {
            Some(seen) => format!("{}, seen {seen}", p.label()),
            None => p.label(),
        }
    }

    /// People already in the diary who may be the person typed, because the name or handle is
    /// the same. This never links anyone: the user is asked, and decides.
    pub fn may_be(&self, typed: &TypedPerson) -> Vec<&Person> {
        let key = name_key(&typed.name);
        if key.is_empty() {
            return Vec::new();
        }
        self.current_people()
            .filter(|p| name_key(&p.name_or_handle) == key)
            .collect()
    }

    /// Add the people typed in the form and return their ids. Each is a new person unless the
    /// user said they are someone already in the diary (`Some(id)`); then that person's id is
    /// used and any description typed is kept with them, word for word.
    pub fn add_people(
        &mut self,
        typed: Vec<(TypedPerson, Option<String>)>,
        mut new_id: impl FnMut() -> String,
    ) -> Vec<String> {
        typed
            .into_iter()
            .map(|(t, same_as)| {
                let same_as = same_as.map(|id| self.resolve(&id).to_string());
                let known = same_as.and_then(|id| self.people.0.iter_mut().find(|p| p.id == id));
                match known {
                    Some(p) => {
                        let d = t.description;
                        if !d.is_empty() && d != p.description && !p.also_described.contains(&d) {
                            p.also_described.push(d);
                        }
                        p.id.clone()
                    }
                    None => self.add_person(new_id(), t.name, t.description),
                }
            })
            .collect()
    }

    /// Add a person and return their id.
    pub fn add_person(
        &mut self,
        id: String,
        name_or_handle: String,
        description: String,
    ) -> String {
        self.people.0.push(Person {
            id: id.clone(),
            name_or_handle,
            description,
            ..Person::default()
        });
        id
    }

    /// Entries whose text (or a linked person's) contains `query`, ignoring case.
    pub fn search(&self, query: &str) -> Vec<&Incident> {
        self.filter(&Filter {
            text: query.to_string(),
            ..Filter::default()
        })
    }

    pub fn filter(&self, f: &Filter) -> Vec<&Incident> {
        let needle = f.text.trim().to_lowercase();
        self.listed(|i| {
            let c = &i.current;
            f.channel.is_none_or(|ch| c.channel == ch)
                && f.status.is_none_or(|s| c.status == s)
                && f.person
                    .as_ref()
                    .is_none_or(|p| c.people.iter().any(|q| self.resolve(q) == p.as_str()))
                && f.from_date
                    .as_ref()
                    .is_none_or(|d| c.happened_date.as_str() >= d.as_str())
                && f.to_date
                    .as_ref()
                    .is_none_or(|d| c.happened_date.as_str() <= d.as_str())
                && (needle.is_empty()
                    || c.text_parts().any(|t| t.to_lowercase().contains(&needle))
                    || c.people.iter().filter_map(|id| self.person(id)).any(|p| {
                        [&p.name_or_handle, &p.description, &p.vehicle]
                            .iter()
                            .any(|t| t.to_lowercase().contains(&needle))
                    }))
        })
    }

    /// The entries (not deleted, newest first) that name this person, or anyone the user
    /// merged into them.
    pub fn entries_naming(&self, id: &str) -> Vec<&Incident> {
        let id = self.resolve(id);
        self.listed(|i| i.current.people.iter().any(|p| self.resolve(p) == id))
    }

    /// The person an id stands for now: itself, or the person it was merged into (followed
    /// through later merges; a loop from two tabs stops where it started).
    pub fn resolve<'a>(&'a self, id: &'a str) -> &'a str {
        let mut at = id;
        for _ in 0..self.people.0.len() {
            match self.person(at).and_then(|p| p.merged_into.as_deref()) {
                Some(next) if next != id => at = next,
                _ => break,
            }
        }
        at
    }

    /// People as the user now sees them: everyone not merged into someone else.
    pub fn current_people(&self) -> impl Iterator<Item = &Person> {
        self.people.0.iter().filter(|p| p.merged_into.is_none())
    }

    /// People the user merged into this one (directly).
    pub fn merged_in(&self, id: &str) -> Vec<&Person> {
        self.people
            .0
            .iter()
            .filter(|p| p.merged_into.as_deref() == Some(id))
            .collect()
    }

    /// Give a person a new name or handle. The old name is kept in their history. Returns false
    /// when there is nothing to change.
    pub fn rename_person(&mut self, id: &str, name: &str, now_ms: i64) -> bool {
        let name = name.trim();
        let Some(p) = self.people.0.iter_mut().find(|p| p.id == id) else {
            return false;
        };
        if name.is_empty() || name == p.name_or_handle {
            return false;
        }
        p.changes.push(PersonChange {
            at_ms: now_ms,
            kind: ChangeKind::Renamed,
            from: std::mem::replace(&mut p.name_or_handle, name.to_string()),
            to: name.to_string(),
            other_id: String::new(),
        });
        true
    }

    /// The user says `other` is the same person as `keep`. Nothing the user wrote changes: the
    /// other person stays on record with their own name and descriptions, marked as merged, and
    /// the merge is added to both people's history. Never done without the user asking.
    pub fn merge_people(&mut self, keep: &str, other: &str, now_ms: i64) -> bool {
        let (keep, other) = (
            self.resolve(keep).to_string(),
            self.resolve(other).to_string(),
        );
        if keep == other || self.person(&keep).is_none() {
            return false;
        }
        let Some(other_label) = self.person(&other).map(Person::label) else {
            return false;
        };
        let keep_label = self.person(&keep).map(Person::label).unwrap_or_default();
        for p in self.people.0.iter_mut() {
            if p.id == keep {
                p.changes.push(PersonChange {
                    at_ms: now_ms,
                    kind: ChangeKind::Merged,
                    from: other_label.clone(),
                    to: String::new(),
                    other_id: other.clone(),
                });
            } else if p.id == other {
                p.merged_into = Some(keep.clone());
                p.changes.push(PersonChange {
                    at_ms: now_ms,
                    kind: ChangeKind::Merged,
                    from: keep_label.clone(),
                    to: String::new(),
                    other_id: keep.clone(),
                });
            }
        }
        true
    }

    /// People with the entries that name them (newest first), most entries first.
    pub fn by_person(&self) -> Vec<(&Person, Vec<&Incident>)> {
        let list = self.list();
        let mut out: Vec<(&Person, Vec<&Incident>)> = self
            .current_people()
            .map(|p| {
                (
                    p,
                    list.iter()
                        .copied()
                        .filter(|i| i.current.people.iter().any(|q| self.resolve(q) == p.id))
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, v)| !v.is_empty())
            .collect();
        super::sort::sort_by_key(&mut out, |(p, v)| {
            (std::cmp::Reverse(v.len()), p.name_or_handle.to_lowercase())
        });
        out
    }

    /// Take in what another tab has stored: entries merge by id, people by union.
    pub fn merge_from(&mut self, other: Diary) {
        for (id, theirs) in other.incidents {
            let merged = match self.incidents.remove(&id) {
                Some(ours) if ours == theirs => ours,
                Some(ours) => Incident::merge(ours, theirs),
                None => theirs,
            };
            self.incidents.insert(id, merged);
        }
        self.people.merge_from(other.people);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::envelope::{decode, encode};

    #[test]
    fn a_witness_without_a_contact_reads_as_the_name_alone() {
        let w = |name: &str, contact: &str| Witness {
            name: name.into(),
            contact: contact.into(),
        };
        assert_eq!(w("Sam", "").label(), "Sam");
        assert_eq!(w("Sam", "07700 900123").label(), "Sam (07700 900123)");
    }

    const NOW: i64 = 1_795_443_900_000; // 2026-11-23T14:25Z

    fn fields(what: &str, date: &str) -> IncidentFields {
        IncidentFields {
            what_happened: what.into(),
            happened_date: date.into(),
            ..IncidentFields::default()
        }
    }

    #[test]
    fn validation_says_what_to_fix() {
        let ok = fields("Shouted at", "2026-11-20");
        assert!(ok.problems(NOW).is_empty());
        let f = |p: Vec<FieldProblem>| p.into_iter().map(|x| x.field).collect::<Vec<_>>();
        assert_eq!(
            f(fields("", "").problems(NOW)),
            ["happened_date", "what_happened"]
        );
        assert_eq!(
            f(fields("x", "2027-01-01").problems(NOW)),
            ["happened_date"]
        );
        assert_eq!(
            f(fields("x", "2026-02-30").problems(NOW)),
            ["happened_date"]
        );
        let mut t = fields("x", "2026-11-20");
        t.happened_time = "25:00".into();
        assert_eq!(f(t.problems(NOW)), ["happened_time"]);
    }

    #[test]
    fn edits_keep_every_earlier_version() {
        let mut d = Diary::default();
        d.add(fields("first", "2026-11-20"), "a".into(), NOW);
        assert!(d.edit("a", fields("second", "2026-11-20"), NOW + 10));
        assert!(
            !d.edit("a", fields("second", "2026-11-20"), NOW + 20),
            "unchanged edit is a no-op"
        );
        assert!(d.edit("a", fields("third", "2026-11-20"), NOW + 30));
        let i = d.get("a").unwrap();
        assert_eq!(i.current.what_happened, "third");
        assert_eq!(i.created_ms, NOW);
        assert_eq!(i.edited_ms, NOW + 30);
        let old: Vec<_> = i
            .history
            .iter()
            .map(|r| (r.saved_ms, r.fields.what_happened.as_str()))
            .collect();
        assert_eq!(old, [(NOW, "first"), (NOW + 10, "second")]);
    }

    #[test]
    fn delete_restore_purge() {
        let mut d = Diary::default();
        d.add(fields("a", "2026-11-20"), "a".into(), NOW);
        d.add(fields("b", "2026-11-21"), "b".into(), NOW);
        d.delete("a", NOW + 1);
        assert_eq!(d.list().len(), 1);
        assert_eq!(d.deleted()[0].id, "a");
        let stored = d.get("a").unwrap().clone();
        d.restore("a", NOW + 2);
        assert_eq!(d.list().len(), 2);
        // Saving the restore over the stored (deleted) copy keeps it restored.
        let merged = Incident::merge(stored, d.get("a").unwrap().clone());
        assert_eq!(merged.deleted_ms, None);
        d.delete("b", NOW + 3);
        assert_eq!(d.purge_deleted(), ["b"]);
        assert!(d.get("b").is_none());
        assert_eq!(d.all().len(), 1);
    }

    #[test]
    fn searches_find_newest_first_and_counts_leave_out_deleted() {
        let mut d = Diary::default();
        for (id, date, what) in [
            ("a", "2026-11-20", "van outside"),
            ("b", "2026-11-23", "leaflet"),
            ("c", "2026-11-21", "the same van"),
            ("d", "2026-11-22", "van again"),
        ] {
            let mut f = fields(id, date);
            f.what_happened = what.into();
            d.add(f, id.into(), NOW);
        }
        d.delete("d", NOW + 1);
        assert_eq!(d.count(), 3);
        assert_eq!(d.count(), d.list().len());
        let ids = |v: Vec<&Incident>| v.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(d.list()), ["b", "c", "a"]);
        assert_eq!(ids(d.search("VAN")), ["c", "a"]);
        assert!(d.search("nothing like this").is_empty());
    }

    #[test]
    fn online_channels_reach_online_and_in_person_ones_offline() {
        assert_eq!(Channel::default(), Channel::InPerson);
        assert_eq!(Channel::InPerson.reach(), Reach::Offline);
        assert_eq!(Channel::PropertyDamage.reach(), Reach::Offline);
        assert_eq!(Channel::SocialMediaOrDm.reach(), Reach::Online);
        assert_eq!(Channel::Email.reach(), Reach::Online);
        assert_eq!(Channel::Other.reach(), Reach::Either);
        let keys: Vec<&str> = Channel::ALL.iter().map(|c| c.reach().key()).collect();
        assert!(keys
            .iter()
            .all(|k| ["online", "offline", "either"].contains(k)));
    }

    #[test]
    fn empty_only_until_anything_is_written() {
        let mut d = Diary::default();
        assert!(d.is_empty());
        d.add(fields("a", "2026-11-20"), "a".into(), NOW);
        assert!(!d.is_empty());
        // A diary whose only entry is in "recently deleted" is not a new, empty one.
        d.delete("a", NOW + 1);
        assert!(d.list().is_empty() && !d.is_empty());
        d.purge_deleted();
        assert!(d.is_empty());
    }

    #[test]
    fn list_is_newest_first() {
        let mut d = Diary::default();
        d.add(fields("old", "2026-10-01"), "1".into(), NOW);
        d.add(fields("new", "2026-11-02"), "2".into(), NOW);
        let mut late = fields("same day later", "2026-11-02");
        late.happened_time = "21:00".into();
        d.add(late, "3".into(), NOW);
        let order: Vec<_> = d.list().iter().map(|i| i.id.as_str()).collect();
        assert_eq!(order, ["3", "2", "1"]);
    }

    #[test]
    fn search_and_filters() {
        let mut d = Diary::default();
        let pid = d.add_person("p1".into(), "Red Van Man".into(), "tall".into());
        let mut a = fields("Followed me", "2026-11-01");
        a.people.push(pid.clone());
        a.channel = Channel::InPerson;
        d.add(a, "a".into(), NOW);
        let mut b = fields("Email threat about HUSTINGS", "2026-11-05");
        b.channel = Channel::Email;
        b.status = Status::Reported;
        d.add(b, "b".into(), NOW);
        assert_eq!(d.search("hustings").len(), 1);
        assert_eq!(d.search("red van")[0].id, "a");
        assert_eq!(d.search("").len(), 2);
        assert_eq!(
            d.filter(&Filter {
                channel: Some(Channel::Email),
                ..Filter::default()
            })[0]
                .id,
            "b"
        );
        assert_eq!(
            d.filter(&Filter {
                status: Some(Status::Reported),
                ..Filter::default()
            })
            .len(),
            1
        );
        assert_eq!(
            d.filter(&Filter {
                person: Some(pid),
                ..Filter::default()
            })[0]
                .id,
            "a"
        );
        assert_eq!(
            d.filter(&Filter {
                from_date: Some("2026-11-02".into()),
                ..Filter::default()
            })[0]
                .id,
            "b"
        );
        assert_eq!(
            d.filter(&Filter {
                to_date: Some("2026-11-02".into()),
                ..Filter::default()
            })[0]
                .id,
            "a"
        );
    }

    #[test]
    fn people_group_their_incidents() {
        let mut d = Diary::default();
        d.add_person("p".into(), "Anon".into(), String::new());
        d.add_person("q".into(), "Nobody".into(), String::new());
        for (id, date) in [("1", "2026-11-01"), ("2", "2026-11-03")] {
            let mut f = fields("x", date);
            f.people.push("p".into());
            d.add(f, id.into(), NOW);
        }
        let groups = d.by_person();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].0.name_or_handle, "Anon");
        assert_eq!(groups[0].1.len(), 2);
    }

    fn typed(line: &str, same_as: Option<&str>) -> (TypedPerson, Option<String>) {
        (TypedPerson::parse(line), same_as.map(String::from))
    }

    #[test]
    fn people_who_share_a_name_are_never_merged_unless_the_user_says_so() {
        let mut d = Diary::default();
        let mut n = 0;
        let mut ids = move || {
            n += 1;
            format!("p{n}")
        };
        let first = d.add_people(
            vec![typed("Unknown man, about 50, red jacket", None)],
            &mut ids,
        );
        let mut a = fields("At the stall", "2026-12-02");
        a.people = first.clone();
        d.add(a, "a".into(), NOW);
        // Same name typed again: offered as a possible match, with the description and date.
        let teen = TypedPerson::parse(" unknown  MAN , teenager on a bike");
        let maybe: Vec<String> = d.may_be(&teen).iter().map(|p| d.person_label(p)).collect();
        assert_eq!(maybe, ["Unknown man, about 50, red jacket, seen 2 Dec"]);
        // Not the same: a new person, and the first is unchanged.
        let second = d.add_people(vec![(teen, None)], &mut ids);
        assert_ne!(first, second);
        assert_eq!(d.people.list().len(), 2);
        assert_eq!(
            d.person(&first[0]).unwrap().label(),
            "Unknown man, about 50, red jacket"
        );
        // Kept exactly as typed.
        assert_eq!(
            d.person(&second[0]).unwrap().label(),
            "unknown  MAN, teenager on a bike"
        );
        // The same, by the user's choice: linked, and the new words are kept with them.
        let third = d.add_people(
            vec![typed("Unknown man, same red jacket", Some(&first[0]))],
            &mut ids,
        );
        assert_eq!(third, first);
        assert_eq!(
            d.person(&first[0]).unwrap().label(),
            "Unknown man, about 50, red jacket, same red jacket"
        );
        assert_eq!(
            d.person(&first[0]).unwrap().description,
            "about 50, red jacket"
        );
        // A different name is never offered; nor is an empty one.
        assert!(d
            .may_be(&TypedPerson::parse("Unknown woman, tall"))
            .is_empty());
        assert!(d.may_be(&TypedPerson::parse(", tall")).is_empty());
        assert_eq!(d.may_be(&TypedPerson::parse("@Unknown Man")).len(), 2);
        // A chosen id that is not in the diary adds a new person rather than losing the line.
        let gone = d.add_people(vec![typed("Sam, blue car", Some("nobody"))], &mut ids);
        assert_eq!(d.person(&gone[0]).unwrap().name_or_handle, "Sam");
    }

    /// Issue 15, item 1: people renamed and merged only by the user, with the history kept.
    #[test]
    fn people_are_renamed_and_merged_by_the_user_with_the_history_kept() {
        let mut d = Diary::default();
        d.add_person(
            "a".into(),
            "Unknown man".into(),
            "about 50, red jacket".into(),
        );
        d.add_person("b".into(), "Man with dog".into(), "brown Staffie".into());
        d.add_person("c".into(), "Teenager".into(), "on a bike".into());
        for (id, who, date) in [
            ("1", "a", "2026-12-01"),
            ("2", "b", "2026-12-02"),
            ("3", "c", "2026-12-03"),
        ] {
            let mut f = fields(&format!("entry {id}"), date);
            f.people.push(who.into());
            d.add(f, id.into(), NOW);
        }
        let before: Vec<IncidentFields> = d.list().iter().map(|i| i.current.clone()).collect();
        // Rename: the new name shows, the first is kept.
        assert!(d.rename_person("a", " Dave NT ", NOW + 1));
        assert!(
            !d.rename_person("a", "Dave NT", NOW + 2),
            "no change, no history"
        );
        assert!(
            !d.rename_person("a", "  ", NOW + 2),
            "a name is never emptied"
        );
        let a = d.person("a").unwrap();
        assert_eq!(a.name_or_handle, "Dave NT");
        assert_eq!(a.first_name_recorded(), Some("Unknown man"));
        // Merge b into a: one person with both incidents; b stays on record, marked.
        assert!(d.merge_people("a", "b", NOW + 3));
        assert!(
            !d.merge_people("a", "b", NOW + 4),
            "already the same person"
        );
        let groups = d.by_person();
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].0.id, "a");
        assert_eq!(groups[0].1.len(), 2);
        assert_eq!(d.resolve("b"), "a");
        assert_eq!(
            d.person("b").unwrap().label(),
            "Man with dog, brown Staffie"
        );
        assert_eq!(d.merged_in("a").len(), 1);
        let merge = &d.person("a").unwrap().changes[1];
        assert_eq!(
            (merge.kind, merge.at_ms, merge.other_id.as_str()),
            (ChangeKind::Merged, NOW + 3, "b")
        );
        assert_eq!(merge.from, "Man with dog, brown Staffie");
        assert_eq!(
            d.entries_naming("b").len(),
            2,
            "b's entries are a's now, and a's are b's"
        );
        assert_eq!(
            d.filter(&Filter {
                person: Some("a".into()),
                ..Filter::default()
            })
            .len(),
            2
        );
        // Merging into someone merged follows the chain.
        assert!(d.merge_people("c", "b", NOW + 5));
        assert_eq!(d.resolve("b"), "c");
        assert_eq!(d.by_person().len(), 1);
        // Nothing the user wrote in an entry changed, and nothing is offered for a merged name.
        let after: Vec<IncidentFields> = d.list().iter().map(|i| i.current.clone()).collect();
        assert_eq!(before, after);
        assert!(d.may_be(&TypedPerson::parse("Man with dog")).is_empty());
        // Stored and read back; two tabs' copies merge without losing a change.
        use crate::domain::json::{FromJson, ToJson};
        let stored = People::from_json(d.people.to_json()).unwrap();
        assert_eq!(stored, d.people);
        let mut other_tab = Diary::default();
        other_tab.add_person(
            "a".into(),
            "Unknown man".into(),
            "about 50, red jacket".into(),
        );
        other_tab.people.merge_from(d.people.clone());
        assert_eq!(other_tab.person("a").unwrap().name_or_handle, "Dave NT");
        assert_eq!(
            other_tab.person("a").unwrap().changes.len(),
            3,
            "renamed, b merged in, merged into c"
        );
        let mut ours = d.people.clone();
        ours.merge_from(other_tab.people.clone());
        assert_eq!(
            ours, d.people,
            "merging the same changes again adds nothing"
        );
    }

    #[test]
    fn drafts_keep_the_new_people_box_and_old_drafts_still_read() {
        let draft = Draft {
            fields: fields("Followed me", "2026-12-02"),
            new_people: "Unknown man, about 50".into(),
            attachments: Vec::new(),
        };
        assert_eq!(decode::<Draft>(&encode(&draft)).unwrap(), draft);
        // A draft stored today (the fields alone, as the form and plans write them) still reads.
        let old = encode(&fields("Followed me", "2026-12-02"));
        let read = decode::<Draft>(&old).unwrap();
        assert_eq!(read.fields, fields("Followed me", "2026-12-02"));
        assert_eq!(read.new_people, "");
        let stored_today = r#"{"v":1,"data":{"happened_date":"2026-12-02","happened_time":"","time_approx":false,"found_date":"","found_time":"","place":"","platform":"","link":"","channel":"in_person","what_happened":"x","exact_words":"","people":[],"witnesses":[],"evidence":[],"effect":"","injury_damage_loss":"","reports":[],"status":"open","action_needed":""}}"#;
        assert_eq!(
            decode::<Draft>(stored_today).unwrap().fields.what_happened,
            "x"
        );
        // And a draft with no people typed is stored exactly as before.
        let plain = Draft {
            fields: fields("x", "2026-12-02"),
            ..Draft::default()
        };
        assert_eq!(encode(&plain), encode(&plain.fields));
    }

    #[test]
    fn a_person_seen_in_no_entry_has_no_seen_date() {
        let mut d = Diary::default();
        d.add_person("p".into(), "Anon".into(), String::new());
        assert_eq!(d.person_label(d.person("p").unwrap()), "Anon");
    }

    #[test]
    fn people_stored_before_later_descriptions_still_read_and_merge() {
        use crate::domain::json::{parse, FromJson, ToJson};
        let text = r#"[{"id":"p","name_or_handle":"X","description":"tall","vehicle":""}]"#;
        let old = People::from_json(parse(text).unwrap()).unwrap();
        assert!(old.0[0].also_described.is_empty());
        assert_eq!(old.to_json().to_text(), text, "written exactly as before");
        let mut later = old.clone();
        later.0[0].also_described.push("red hat".into());
        assert_eq!(People::from_json(later.to_json()).unwrap(), later);
        let mut ours = old;
        ours.merge_from(later.clone());
        assert_eq!(ours, later);
    }

    #[test]
    fn merging_two_tabs_loses_no_text() {
        let base = Incident::new("a".into(), fields("original", "2026-11-20"), NOW);
        let mut tab1 = base.clone();
        tab1.edit(fields("tab one's edit", "2026-11-20"), NOW + 10);
        let mut tab2 = base.clone();
        tab2.edit(fields("tab two's edit", "2026-11-20"), NOW + 20);
        let merged = Incident::merge(tab1.clone(), tab2.clone());
        assert_eq!(merged.current.what_happened, "tab two's edit");
        let texts: Vec<_> = merged
            .history
            .iter()
            .map(|r| r.fields.what_happened.as_str())
            .collect();
        assert_eq!(texts, ["original", "tab one's edit"]);
        assert_eq!(Incident::merge(tab2, tab1), merged, "merge is symmetric");
        assert_eq!(
            Incident::merge(merged.clone(), merged.clone()),
            merged,
            "merge is idempotent"
        );
    }

    #[test]
    fn diary_merge_from_other_tab_keeps_both_entries() {
        let mut ours = Diary::default();
        ours.add(fields("ours", "2026-11-20"), "a".into(), NOW);
        let mut theirs = Diary::default();
        theirs.add(fields("theirs", "2026-11-21"), "b".into(), NOW);
        theirs.add_person("p".into(), "X".into(), String::new());
        ours.merge_from(theirs);
        assert_eq!(ours.list().len(), 2);
        assert_eq!(ours.people.list().len(), 1);
    }

    #[test]
    fn ids_are_short_and_safe() {
        let id = new_id(NOW, u32::MAX);
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{id}"
        );
        assert_ne!(new_id(NOW, 1), new_id(NOW, 2));
    }

    #[test]
    fn stored_entry_round_trips_and_v1_fixture_loads() {
        let mut i = Incident::new("a".into(), fields("x", "2026-11-20"), NOW);
        i.edit(fields("y", "2026-11-20"), NOW + 1);
        assert_eq!(decode::<Incident>(&encode(&i)).unwrap(), i);
        let v1: Incident = decode(include_str!("../../tests/fixtures/incident-v1.json")).unwrap();
        assert_eq!(v1.current.channel, Channel::SocialMediaOrDm);
        assert_eq!(v1.current.reports[0].crime_ref, "CR/12345/26");
        assert_eq!(v1.history.len(), 1);
    }

    #[test]
    fn files_join_an_entry_without_touching_its_words_and_merge_from_two_tabs() {
        use crate::domain::attachment::tests::sample;
        let base = Incident::new("a".into(), fields("words", "2026-11-20"), NOW);
        let mut d = Diary::default();
        d.put(base.clone());
        d.attach("a", vec![sample("f1", NOW + 1)]);
        let i = d.get("a").unwrap();
        assert_eq!(
            (i.current.clone(), i.edited_ms, i.history.len()),
            (base.current.clone(), NOW, 0)
        );
        // Two tabs each attach a file to the same entry: the merge keeps both.
        let mut tab1 = d.get("a").unwrap().clone();
        let mut tab2 = base.clone();
        tab2.attachments.push(sample("f2", NOW + 2));
        let merged = Incident::merge(tab1.clone(), tab2.clone());
        let ids: Vec<_> = merged.attachments.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["f1", "f2"]);
        assert_eq!(Incident::merge(tab2, tab1.clone()), merged);
        // Stored with the entry and read back; an entry without files is stored as before.
        assert_eq!(decode::<Incident>(&encode(&merged)).unwrap(), merged);
        assert!(!encode(&base).contains("attachments"));
        tab1.attachments.clear();
        assert_eq!(encode(&tab1), encode(&base));
    }

    #[test]
    fn a_removed_file_waits_in_recently_deleted_until_emptied() {
        use crate::domain::attachment::tests::sample;
        let mut d = Diary::default();
        d.add(fields("words", "2026-11-20"), "a".into(), NOW);
        d.attach("a", vec![sample("f1", NOW), sample("f2", NOW + 1)]);
        d.set_file_removed("a", "f1", true, NOW + 5);
        let files: Vec<_> = d.get("a").unwrap().files().map(|a| a.id.clone()).collect();
        assert_eq!(files, ["f2"]);
        let removed: Vec<_> = d
            .removed_files()
            .iter()
            .map(|(i, a)| (i.id.clone(), a.id.clone()))
            .collect();
        assert_eq!(removed, [("a".to_string(), "f1".to_string())]);
        // Brought back, then removed again and purged: only then does the record go.
        d.set_file_removed("a", "f1", false, NOW + 6);
        assert!(d.removed_files().is_empty());
        d.set_file_removed("a", "f1", true, NOW + 7);
        let purged = d.purge_removed_files();
        assert_eq!(purged.len(), 1);
        assert_eq!(purged[0].1[0].id, "f1");
        assert_eq!(d.get("a").unwrap().attachments.len(), 1);
        assert!(d.purge_removed_files().is_empty());
    }

    #[test]
    fn drafts_keep_files_attached_while_writing() {
        use crate::domain::attachment::tests::sample;
        let draft = Draft {
            fields: fields("x", "2026-12-02"),
            attachments: vec![sample("f1", NOW)],
            ..Draft::default()
        };
        assert_eq!(decode::<Draft>(&encode(&draft)).unwrap(), draft);
    }
}
