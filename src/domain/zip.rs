//! A small ZIP writer for the case bundle: every file stored as it is (no compression, so the
//! originals are byte for byte what was attached), names in UTF-8, CRC-32 per file. Any
//! computer's built-in unzip opens it.

/// The CRC-32 (IEEE 802.3, as ZIP uses) of `data`.
pub fn crc32(data: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (n, slot) in table.iter_mut().enumerate() {
        let mut c = n as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *slot = c;
    }
    !data.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8)
    })
}

/// A date and time as ZIP stores them (MS-DOS format, local time): year, month, day, hour,
/// minute, second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DosTime {
    pub date: u16,
    pub time: u16,
}

impl DosTime {
    pub fn new(year: u16, month: u16, day: u16, hour: u16, minute: u16, second: u16) -> DosTime {
        DosTime {
            date: (year.saturating_sub(1980) << 9) | (month << 5) | day,
            time: (hour << 11) | (minute << 5) | (second / 2),
        }
    }
}

impl DosTime {
    /// From "2026-12-03T14:25:30…" (ISO 8601, local time); None for anything else.
    pub fn from_iso(iso: &str) -> Option<DosTime> {
        let n = |a: usize, b: usize| iso.get(a..b)?.parse::<u16>().ok();
        Some(DosTime::new(
            n(0, 4)?,
            n(5, 7)?,
            n(8, 10)?,
            n(11, 13)?,
            n(14, 16)?,
            n(17, 19)?,
        ))
    }
}

/// Why a bundle could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    /// Over 4 GB, or over 65,535 files: past what a plain ZIP can hold.
    TooLarge,
}

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// One ZIP file holding `files` (name, bytes) in order, each stored without compression.
pub fn store(files: &[(String, Vec<u8>)], when: DosTime) -> Result<Vec<u8>, ZipError> {
    const UTF8_NAMES: u16 = 1 << 11;
    let count = u16::try_from(files.len()).map_err(|_| ZipError::TooLarge)?;
    let total: usize = files.iter().map(|(n, b)| 76 + 2 * n.len() + b.len()).sum();
    if u32::try_from(total + 22).is_err() {
        return Err(ZipError::TooLarge);
    }
    let mut out = Vec::with_capacity(total + 22);
    let mut central = Vec::new();
    for (name, bytes) in files {
        let name_len = u16::try_from(name.len()).map_err(|_| ZipError::TooLarge)?;
        let offset = out.len() as u32;
        let crc = crc32(bytes);
        let size = bytes.len() as u32;
        // Local file header.
        u32le(&mut out, 0x0403_4b50);
        u16le(&mut out, 20); // version needed: 2.0
        u16le(&mut out, UTF8_NAMES);
        u16le(&mut out, 0); // stored
        u16le(&mut out, when.time);
        u16le(&mut out, when.date);
        u32le(&mut out, crc);
        u32le(&mut out, size);
        u32le(&mut out, size);
        u16le(&mut out, name_len);
        u16le(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(bytes);
        // Its central directory record.
        u32le(&mut central, 0x0201_4b50);
        u16le(&mut central, 20); // made by: 2.0
        u16le(&mut central, 20);
        u16le(&mut central, UTF8_NAMES);
        u16le(&mut central, 0);
        u16le(&mut central, when.time);
        u16le(&mut central, when.date);
        u32le(&mut central, crc);
        u32le(&mut central, size);
        u32le(&mut central, size);
        u16le(&mut central, name_len);
        u16le(&mut central, 0); // extra
        u16le(&mut central, 0); // comment
        u16le(&mut central, 0); // disk
        u16le(&mut central, 0); // internal attributes
        u32le(&mut central, 0); // external attributes
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = out.len() as u32;
    let central_len = central.len() as u32;
    out.extend_from_slice(&central);
    // End of central directory.
    u32le(&mut out, 0x0605_4b50);
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, count);
    u16le(&mut out, count);
    u32le(&mut out, central_len);
    u32le(&mut out, central_offset);
    u16le(&mut out, 0);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn le16(b: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([b[at], b[at + 1]])
    }
    fn le32(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
    }

    #[test]
    fn crc32_known_answers() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414f_a339
        );
    }

    fn sample() -> Vec<(String, Vec<u8>)> {
        vec![
            ("case-file.html".into(), b"<h1>Case file</h1>".to_vec()),
            ("diary.csv".into(), b"a,b\n1,2\n".to_vec()),
            (
                "evidence/incident-001-3a7bd3e2360a-caf\u{e9}.jpg".into(),
                (0..=255u8).cycle().take(70_000).collect(),
            ),
            ("empty.txt".into(), Vec::new()),
        ]
    }

    #[test]
    fn the_layout_is_a_stored_zip_every_reader_walks_the_same_way() {
        let files = sample();
        let when = DosTime::new(2026, 12, 3, 14, 25, 30);
        let zip = store(&files, when).unwrap();
        // The end record points at the central directory, which points at each local header,
        // whose name, sizes, CRC and bytes are the file's own.
        let end = zip.len() - 22;
        assert_eq!(le32(&zip, end), 0x0605_4b50);
        assert_eq!(le16(&zip, end + 10) as usize, files.len());
        let mut at = le32(&zip, end + 16) as usize;
        assert_eq!(at + le32(&zip, end + 12) as usize, end);
        for (name, bytes) in &files {
            assert_eq!(le32(&zip, at), 0x0201_4b50);
            assert_eq!(le16(&zip, at + 10), 0, "stored, not compressed");
            let name_len = le16(&zip, at + 28) as usize;
            assert_eq!(&zip[at + 46..at + 46 + name_len], name.as_bytes());
            let local = le32(&zip, at + 42) as usize;
            assert_eq!(le32(&zip, local), 0x0403_4b50);
            assert_eq!(le16(&zip, local + 6) & (1 << 11), 1 << 11, "UTF-8 names");
            assert_eq!(le32(&zip, local + 14), crc32(bytes));
            assert_eq!(le32(&zip, local + 18) as usize, bytes.len());
            assert_eq!(le32(&zip, local + 22) as usize, bytes.len());
            assert_eq!(
                (le16(&zip, local + 10), le16(&zip, local + 12)),
                (when.time, when.date)
            );
            let data = local + 30 + le16(&zip, local + 26) as usize;
            assert_eq!(&zip[data..data + bytes.len()], bytes.as_slice());
            at += 46 + name_len;
        }
    }

    #[test]
    fn dos_time_packs_the_fields() {
        let t = DosTime::new(2026, 12, 3, 14, 25, 31);
        assert_eq!(t.date >> 9, 46);
        assert_eq!((t.date >> 5) & 15, 12);
        assert_eq!(t.date & 31, 3);
        assert_eq!(
            (t.time >> 11, (t.time >> 5) & 63, t.time & 31),
            (14, 25, 15)
        );
    }

    /// `unzip -t` (or Python's zipfile when unzip is absent) reads the bundle and checks every
    /// CRC: the layout is checked by a reader this code did not write.
    #[test]
    fn a_system_unzip_tests_it_clean() {
        let zip = store(&sample(), DosTime::new(2026, 12, 3, 9, 0, 0)).unwrap();
        let path = std::env::temp_dir().join(format!("standsafe-zip-{}.zip", std::process::id()));
        std::fs::write(&path, &zip).unwrap();
        let script = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint('\\n'.join(i.filename + ' ' + str(i.file_size) for i in z.infolist()))";
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(&path)
            .output();
        let unzip = std::process::Command::new("unzip")
            .arg("-t")
            .arg(&path)
            .output();
        let _ = std::fs::remove_file(&path);
        let mut checked = false;
        if let Ok(out) = out {
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let listing = String::from_utf8_lossy(&out.stdout);
            assert!(
                listing.contains("evidence/incident-001-3a7bd3e2360a-caf\u{e9}.jpg 70000"),
                "{listing}"
            );
            assert!(listing.contains("empty.txt 0"), "{listing}");
            checked = true;
        }
        if let Ok(out) = unzip {
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stdout)
            );
            checked = true;
        }
        assert!(
            checked,
            "neither python3 nor unzip could be run to check the bundle"
        );
    }
}
