//! The guide's modules and steps. Written in Stand Safe's own words from the sources named on
//! each step; numbers are only those checked in GUIDANCE-FACTS.md.
//!
//! Text may hold the token `{police_contact}`, which the app replaces with the short name of the
//! user's police contact scheme. Keep it out of step titles (they are printed on the checklist).

use super::{Module, PlatformHowTo, Source, Step};

/// When every step below was last checked against its source.
const REVIEWED: &str = "2026-11-23";

pub static MODULES: &[Module] = &[
    Module {
        id: "police-contact",
        title: "Your police contact",
        covers: "Who your police contact is, what to tell them and where to keep their details.",
        minutes: 10,
        steps: &[
            Step {
                id: "police-contact-find",
                title: "Find out who your police contact is",
                why: "A named officer who knows about you can give you security advice and help faster if something goes wrong. Who it is depends on your election and where you are standing.",
                actions: &[
                    "Ask your party, your agent or the returning officer's team who your police contact is ({police_contact}).",
                    "If nobody can tell you, call 101 and ask how to reach the officer for election candidates.",
                    "Write down any reference number they give you.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::GovUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "police-contact-save",
                title: "Save their details in Your contacts",
                why: "In a frightening moment you should not have to search for a name or a number.",
                actions: &[
                    "Open Your contacts and add their name, force, phone, email and reference.",
                    "Add your party's safety contact and a buddy while you are there.",
                    "Print the checklist so the details are on paper too.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::GovUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "police-contact-plans",
                title: "Tell them where and when you will campaign",
                why: "Police have asked candidates to share their campaigning plans, so officers know where you are likely to be if something happens.",
                actions: &[
                    "Share the areas, days and rough times you plan to campaign.",
                    "Mention public meetings, hustings and surgeries you have booked.",
                    "Tell them when your plans change.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::GovUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "police-contact-threats",
                title: "Tell them about threats you have had",
                why: "Your contact can only act on what they know about, and several small incidents can add up to a pattern. Extra protection is decided case by case, based on the risk.",
                actions: &[
                    "Tell them about any threats, online or in person, even if you reported them elsewhere.",
                    "Mention anyone who seems fixated on you, or any sharing of your personal details that were not already public.",
                    "Ask what security advice and support is on offer for this election.",
                    "In an emergency call 999: do not wait for your contact.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::JointGuidance,
                reviewed: REVIEWED,
            },
        ],
    },
    Module {
        id: "accounts",
        title: "Secure your accounts",
        covers: "Two-step verification, strong passwords, recovery codes, the NCSC's offers for candidates and reporting phishing.",
        minutes: 30,
        steps: &[
            Step {
                id: "accounts-email-2sv",
                title: "Turn on two-step verification for your email",
                why: "Your email can reset the password of almost every other account, so protect it first. Two-step verification stops most people who have stolen or guessed your password.",
                actions: &[
                    "Find two-step verification in your email account's security settings. It may be called 2SV, 2FA or multi-factor authentication.",
                    "Choose an authenticator app or a security key if offered: they are stronger than text message codes.",
                    "Do the same for every email account you use, including campaign ones.",
                ],
                platforms: &[
                    PlatformHowTo {
                        platform: "Google / Gmail",
                        how: "Open your Google Account, go to Security, then 2-Step Verification, and follow the steps. The exact wording may differ.",
                    },
                    PlatformHowTo {
                        platform: "Microsoft / Outlook",
                        how: "Sign in to your Microsoft account, open Security, then the sign-in or advanced security options, and turn on two-step verification. The exact wording may differ. A work or party account may be run by its IT team: ask them.",
                    },
                    PlatformHowTo {
                        platform: "Apple / iCloud Mail",
                        how: "On an iPhone or iPad: Settings > your name > Sign-In & Security > Two-Factor Authentication. Most Apple Accounts have it on already: check that yours does. The exact wording may differ.",
                    },
                ],
                tickable: true,
                source: Source::Ncsc,
                reviewed: REVIEWED,
            },
            Step {
                id: "accounts-social-2sv",
                title: "Turn it on for social media and messaging",
                why: "Someone who takes over an account can post in your name or message your contacts and volunteers.",
                actions: &[
                    "Start with the accounts people know are yours, then campaign and shared accounts.",
                    "Check which devices are signed in and remove any you do not recognise.",
                    "Menus change often: if you cannot find the setting, search the app's help pages for two-step verification.",
                ],
                platforms: &[
                    PlatformHowTo {
                        platform: "Facebook",
                        how: "Settings > Accounts Centre > Password and security > Two-factor authentication. The exact wording may differ.",
                    },
                    PlatformHowTo {
                        platform: "Instagram",
                        how: "Settings > Accounts Centre > Password and security > Two-factor authentication. The exact wording may differ.",
                    },
                    PlatformHowTo {
                        platform: "X",
                        how: "Settings and privacy > Security and account access > Security > Two-factor authentication. Choose an authentication app or a security key. The exact wording may differ.",
                    },
                    PlatformHowTo {
                        platform: "WhatsApp",
                        how: "Settings > Account > Two-step verification, then set a PIN only you know. The exact wording may differ.",
                    },
                    PlatformHowTo {
                        platform: "TikTok",
                        how: "Profile > menu > Settings and privacy > Security > 2-step verification. The exact wording may differ.",
                    },
                    PlatformHowTo {
                        platform: "LinkedIn",
                        how: "Me > Settings & Privacy > Sign in & security > Two-step verification. The exact wording may differ.",
                    },
                ],
                tickable: true,
                source: Source::Ncsc,
                reviewed: REVIEWED,
            },
            Step {
                id: "accounts-email-password",
                title: "Give your email a strong, separate password",
                why: "If your email password is used anywhere else, a leak from that other site can open your email.",
                actions: &[
                    "Make it from three random words that have nothing to do with you.",
                    "Use it for your email and nowhere else.",
                    "Let your browser or a password manager save your passwords, so every account can have a different one.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Ncsc,
                reviewed: REVIEWED,
            },
            Step {
                id: "accounts-recovery",
                title: "Set up recovery codes, updates and back-ups",
                why: "If you lose your phone you could be locked out of your own accounts at the worst moment.",
                actions: &[
                    "Save the recovery (backup) codes each account offers, and keep them somewhere safe and private.",
                    "Check your recovery phone number and email address are up to date.",
                    "Turn on automatic updates on your phone and computer.",
                    "Back up your phone and important files.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Ncsc,
                reviewed: REVIEWED,
            },
            Step {
                id: "accounts-ncsc",
                title: "Look into the NCSC's services for candidates",
                why: "The National Cyber Security Centre offers extra protection to people at higher risk online, and has offered it to election candidates.",
                actions: &[
                    "Ask about Personal Internet Protection, which blocks known harmful websites on your devices.",
                    "Ask about Account Registration, which can alert you to signs of an attack on your accounts.",
                    "Read the NCSC's guidance for high-risk individuals, which covers features such as Apple's Lockdown Mode.",
                    "Who can sign up may change: check the current details with the NCSC or your party.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Ncsc,
                reviewed: REVIEWED,
            },
            Step {
                id: "accounts-phishing",
                title: "Report suspicious texts and emails",
                why: "Messages pretending to come from a bank, a platform or your party are a common way into accounts.",
                actions: &[
                    "Do not click links or open attachments you were not expecting; check with the sender another way.",
                    "Forward suspicious texts to 7726.",
                    "Forward suspicious emails to report@phishing.gov.uk.",
                    "If you lose money or an account, report it to the national fraud reporting service, or in Scotland to Police Scotland on 101.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::Ncsc,
                reviewed: REVIEWED,
            },
        ],
    },
    Module {
        id: "canvassing",
        title: "Canvassing and campaigning",
        covers: "How to canvass and campaign in public so that someone always knows where you are.",
        minutes: 10,
        steps: &[
            Step {
                id: "canvassing-never-alone",
                title: "Canvass in pairs or groups, never alone",
                why: "Having someone with you deters trouble and means help is at hand if it starts.",
                actions: &[
                    "Agree with your team that nobody canvasses alone.",
                    "Stay within sight or call of each other on the street.",
                    "If anyone does end up alone, someone must know where they are and until when.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
            Step {
                id: "canvassing-check-ins",
                title: "Tell someone your route and agree check-ins",
                why: "A missed check-in only helps if someone notices it and knows what to do.",
                actions: &[
                    "Tell someone where you will be and when you expect to finish.",
                    "Agree times to check in, and what they will do if you miss one.",
                    "Let them know when you have finished safely.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
            Step {
                id: "canvassing-phone-alarm",
                title: "Charge your phone and carry a personal alarm",
                why: "Your phone is how you call for help and how others can find you.",
                actions: &[
                    "Charge your phone before you go out, and carry a spare battery if you can.",
                    "Learn your phone's emergency and location-sharing features, and share your location with your check-in person.",
                    "Carry a personal alarm and only what you need.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
            Step {
                id: "canvassing-doorstep",
                title: "Stay on the doorstep and trust your instincts",
                why: "Inside someone's home you are out of sight and harder to reach.",
                actions: &[
                    "Do not go inside residents' homes, however friendly the invitation.",
                    "If a conversation turns hostile, end it politely and walk away.",
                    "Leave at once if someone threatens violence, and call 999 if you are in danger.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::JointGuidance,
                reviewed: REVIEWED,
            },
            Step {
                id: "canvassing-posting",
                title: "Post where you have been, not where you will be",
                why: "Announcing your plans in advance tells anyone who wishes you harm where to find you.",
                actions: &[
                    "Share photos and updates after you have left an area.",
                    "Vary your routes and routines where you can.",
                    "Ask your team to do the same.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
        ],
    },
    Module {
        id: "meetings",
        title: "Public meetings, hustings and surgeries",
        covers: "Planning the venue, the people in charge and your arrival and departure for events open to the public.",
        minutes: 10,
        steps: &[
            Step {
                id: "meetings-venue",
                title: "Check the venue and its exits",
                why: "Knowing the layout means you can leave quickly and calmly if you need to.",
                actions: &[
                    "Visit or ask about the venue before the day.",
                    "Find the exits and sit or stand where you can reach one easily.",
                    "For surgeries, book appointments where you can, and never hold them alone.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
            Step {
                id: "meetings-organiser",
                title: "Get the organiser's contact details",
                why: "Someone needs to be in charge of the room if a meeting is disrupted.",
                actions: &[
                    "Ask who is running the event and save their number.",
                    "Ask whether there will be stewards and what they will do if someone is disruptive.",
                    "Agree a signal with your team for when you want to leave.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
            Step {
                id: "meetings-police",
                title: "Tell your police contact about the event",
                why: "Police can advise on risks they know about and are better placed to help if something happens.",
                actions: &[
                    "Tell your police contact ({police_contact}) the date, time and place of public events.",
                    "Mention anything that worries you, such as threats linked to the event.",
                    "Ask for a briefing if the event could be tense.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::JointGuidance,
                reviewed: REVIEWED,
            },
            Step {
                id: "meetings-arrive-leave",
                title: "Plan how you arrive and leave",
                why: "The walk to and from a venue is when you are most exposed.",
                actions: &[
                    "Arrive and leave with someone else.",
                    "Park close to the entrance or arrange a lift, and wait inside until it comes.",
                    "Do not publish the time you will leave.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::NpsaProtectUk,
                reviewed: REVIEWED,
            },
        ],
    },
    Module {
        id: "online-abuse",
        title: "Online abuse and disinformation",
        covers: "How to capture, report and record online abuse, and when it is a crime.",
        minutes: 10,
        steps: &[
            Step {
                id: "online-abuse-capture",
                title: "Capture the post, profile and link first",
                why: "Posts and accounts are often deleted once reported, and the profile page shows the post was public.",
                actions: &[
                    "Take a screenshot of the post, showing the date and time.",
                    "Take a screenshot of the account's profile page.",
                    "Copy the link to the post and note when you found it.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::GovUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "online-abuse-report",
                title: "Report it to the platform",
                why: "Platforms can remove posts and accounts, and publish reporting routes for candidates.",
                actions: &[
                    "Use the platform's own reporting tools, choosing the closest reason.",
                    "Report false claims about you or about voting the same way, and tell your party.",
                    "If the platform does not act, Report Harmful Content, a national advice service, can help.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::GovUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "online-abuse-diary",
                title: "Record it in the diary",
                why: "A record made at the time helps police and platforms see a pattern.",
                actions: &[
                    "Add it to the incident diary: when, where, the exact words and who sent it.",
                    "Note who you reported it to and any reference number.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::SuzyLamplugh,
                reviewed: REVIEWED,
            },
            Step {
                id: "online-abuse-helper",
                title: "Ask a colleague to capture and report for you",
                why: "Reading abuse again and again takes a toll. Someone else can do the capturing and reporting.",
                actions: &[
                    "Choose a trusted colleague or volunteer to watch your accounts.",
                    "Show them how to capture, report and record.",
                    "Agree when they should tell you, and when they should go to the police.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::JointGuidance,
                reviewed: REVIEWED,
            },
            Step {
                id: "online-abuse-crime",
                title: "Know when it is a crime",
                why: "Threats, harassment and stalking are crimes online as well as offline. Harassment means a course of conduct: at least two occasions.",
                actions: &[
                    "Call 999 if there is immediate danger.",
                    "Otherwise report it on 101 or to your police contact.",
                    "You do not need a full record before you report to the police.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::JointGuidance,
                reviewed: REVIEWED,
            },
        ],
    },
    Module {
        id: "post",
        title: "Post and deliveries",
        covers: "How to spot a suspicious letter or parcel and what to do about it.",
        minutes: 5,
        steps: &[
            Step {
                id: "post-signs",
                title: "Know the signs of a suspicious item",
                why: "Most post is harmless, but a few signs together mean you should stop and think.",
                actions: &[
                    "Be wary of post that is unexpected, or hand-delivered with no sender, or has far too many stamps.",
                    "Look out for personal or private markings, or the wrong name or address.",
                    "Watch for oily stains, a smell, powder, wires or small holes.",
                    "Take care with anything lopsided or rigid.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::NpsaProtectUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "post-suspect",
                title: "If in doubt, do not open it",
                why: "Handling a suspicious item as little as possible keeps everyone safer.",
                actions: &[
                    "Do not open it, and handle it as little as you can.",
                    "Put it down gently on its own, away from other things.",
                    "Clear the area, keep people away and call 999.",
                    "If you touched powder, wash your hands with soap and water.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::NpsaProtectUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "post-brief",
                title: "Brief whoever opens your post",
                why: "The person opening the post is the one who needs to spot the signs.",
                actions: &[
                    "Show them the signs and what to do.",
                    "Agree one place where post is opened, away from busy areas.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::NpsaProtectUk,
                reviewed: REVIEWED,
            },
        ],
    },
    Module {
        id: "home",
        title: "Home and family",
        covers: "Keeping your home address private and your home and family safer.",
        minutes: 15,
        steps: &[
            Step {
                id: "home-address",
                title: "Decide whether to publish your home address",
                why: "In local elections since 2019, and in some other elections, you can ask for your home address not to be printed on the ballot paper.",
                actions: &[
                    "Look for the home address option on your nomination papers.",
                    "Your agent's address is still published: if you are your own agent, yours will be too.",
                    "Ask the returning officer if you are unsure what applies to your election.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::JointGuidance,
                reviewed: REVIEWED,
            },
            Step {
                id: "home-online",
                title: "Check what is online about you",
                why: "Details you share, or that others post, can show where you live or where your family goes.",
                actions: &[
                    "Search for your name with your town, and for your address.",
                    "Remove photos or posts that show your house, your car or your children's school.",
                    "Ask your electoral registration office to take you off the open register.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::GovUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "home-doors",
                title: "Check doors, locks and lighting",
                why: "Good locks and lighting make your home harder to approach unseen.",
                actions: &[
                    "Make sure doors and windows lock, and use the locks.",
                    "Light the approach to your door.",
                    "Do not open the door to someone you do not expect: speak through a window, a chain or a video doorbell.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::NpsaProtectUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "home-family",
                title: "Agree routines and a plan with your family",
                why: "The people you live with can be affected too, and predictable routines make you easier to find.",
                actions: &[
                    "Vary your routes and times where you can.",
                    "Agree what to do if someone turns up or calls with a threat.",
                    "Ask family not to post where you are or where you will be.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
        ],
    },
    Module {
        id: "after-incident",
        title: "If something happens",
        covers: "Who to call, how to keep the evidence and what to write down when something happens.",
        minutes: 10,
        steps: &[
            Step {
                id: "after-incident-call",
                title: "Call 999 in an emergency, or 101 otherwise",
                why: "Call 999 (or 112) if a crime is happening, the person is nearby, someone is in danger, or violence is used or threatened. Use 101 for anything else.",
                actions: &[
                    "Get yourself safe first, then call.",
                    "Deaf or speech-impaired? Register for emergencySMS in advance so you can text 999.",
                    "Tell your police contact afterwards, even if you called 999 or 101.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::NpsaProtectUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "after-incident-evidence",
                title: "Keep the evidence and note witnesses",
                why: "Evidence is easily lost: scenes get cleaned up and camera footage is recorded over.",
                actions: &[
                    "Do not touch or tidy the scene.",
                    "Take photos if it is safe to do so.",
                    "Ask anyone with CCTV or a doorbell camera to keep the footage.",
                    "Note who saw what happened and how to reach them.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::NpsaProtectUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "after-incident-diary",
                title: "Write it in the diary now",
                why: "A record made at the time carries more weight than one written later.",
                actions: &[
                    "Write what happened, the exact words used, and who was involved.",
                    "Stick to facts: the record may be shown in court.",
                    "Add the police reference number when you have it.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::SuzyLamplugh,
                reviewed: REVIEWED,
            },
            Step {
                id: "after-incident-media",
                title: "Be careful what you say to the media",
                why: "A careless detail could reveal where you live or harm a police investigation.",
                actions: &[
                    "Do not share your address, your security arrangements or details of the investigation.",
                    "Agree any statement with your party and, if you can, with the police.",
                ],
                platforms: &[],
                tickable: false,
                source: Source::NpsaProtectUk,
                reviewed: REVIEWED,
            },
            Step {
                id: "after-incident-numbers",
                title: "Save the helpline numbers in your phone",
                why: "Some worries are not emergencies but still need someone to talk to.",
                actions: &[
                    "Anti-Terrorist Hotline: 0800 789 321.",
                    "Crimestoppers, to report anonymously: 0800 555 111.",
                    "National Stalking Helpline: 0808 802 0300.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::SuzyLamplugh,
                reviewed: REVIEWED,
            },
        ],
    },
    Module {
        id: "team",
        title: "Staff and volunteers",
        covers: "Briefing your team, lone working and who they report to.",
        minutes: 10,
        steps: &[
            Step {
                id: "team-brief",
                title: "Brief everyone before they go out",
                why: "Volunteers face the same risks as candidates, often with less experience.",
                actions: &[
                    "Go through the canvassing advice with every new volunteer.",
                    "Make sure they know when to call 999 and when to use 101.",
                    "Remind them not to go into homes or post where they will be.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
            Step {
                id: "team-lone-working",
                title: "Agree a rule on lone working",
                why: "Someone working alone has nobody at hand to help, so everyone needs to know the rule.",
                actions: &[
                    "Nobody canvasses alone.",
                    "Anyone who must work alone, for example delivering leaflets, tells someone where they are and when they will finish.",
                    "Agree check-in times and who acts if one is missed.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
            Step {
                id: "team-report-to",
                title: "Tell them who to report incidents to",
                why: "Incidents get missed when nobody knows whose job it is to hear about them.",
                actions: &[
                    "Name one person in the campaign who hears about every incident.",
                    "Make sure that person passes threats on to the police contact.",
                    "Ask the team to record incidents in the diary or give the details to that person.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::JointGuidance,
                reviewed: REVIEWED,
            },
            Step {
                id: "team-check-in",
                title: "Check in with everyone after each session",
                why: "A quick word at the end makes sure everyone got home and nothing goes unreported.",
                actions: &[
                    "Check that everyone has finished safely.",
                    "Ask whether anything worrying happened.",
                    "Support anyone who has been upset or abused.",
                ],
                platforms: &[],
                tickable: true,
                source: Source::Lga,
                reviewed: REVIEWED,
            },
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::PoliceScheme;
    use std::collections::HashSet;

    /// The only numbers of three or more digits the content may contain, as written.
    const ALLOWED_NUMBERS: &[&str] = &[
        "999",
        "112",
        "101",
        "7726",
        "0800 789 321",
        "0808 802 0300",
        "0800 555 111",
    ];
    const ALLOWED_EMAIL: &str = "report@phishing.gov.uk";
    /// The date the content was last reviewed; no step may claim a later one.
    const TODAY: &str = "2026-11-23";
    const TOKEN: &str = "{police_contact}";
    const EXPECTED_IDS: [&str; 9] = [
        "police-contact",
        "accounts",
        "canvassing",
        "meetings",
        "online-abuse",
        "post",
        "home",
        "after-incident",
        "team",
    ];

    /// Every piece of text in the content, with where it comes from. (`reviewed` is left out:
    /// it is checked as a date instead.)
    fn all_texts() -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for m in MODULES {
            out.push((format!("{} id", m.id), m.id));
            out.push((format!("{} title", m.id), m.title));
            out.push((format!("{} covers", m.id), m.covers));
            for s in m.steps {
                out.push((format!("{} id", s.id), s.id));
                out.push((format!("{} title", s.id), s.title));
                out.push((format!("{} why", s.id), s.why));
                out.push((format!("{} source", s.id), s.source.name()));
                for a in s.actions {
                    out.push((format!("{} action", s.id), a));
                }
                for p in s.platforms {
                    out.push((format!("{} platform", s.id), p.platform));
                    out.push((format!("{} {}", s.id, p.platform), p.how));
                }
            }
        }
        out
    }

    /// Runs of digits, joining groups split by a single space, non-breaking space or hyphen
    /// (so "0300 123 4567" is one number, "03001234567"). Only runs of three or more digits.
    fn long_numbers(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let mut run = String::new();
            loop {
                while i < chars.len() && chars[i].is_ascii_digit() {
                    run.push(chars[i]);
                    i += 1;
                }
                let joins = i + 1 < chars.len()
                    && matches!(chars[i], ' ' | '\u{a0}' | '-')
                    && chars[i + 1].is_ascii_digit();
                if !joins {
                    break;
                }
                i += 1;
            }
            if run.len() >= 3 {
                out.push(run);
            }
        }
        out
    }

    /// A number is allowed if it is one of the checked numbers or a plausible year.
    fn number_allowed(digits: &str) -> bool {
        let allowed = ALLOWED_NUMBERS.iter().any(|n| n.replace(' ', "") == digits);
        let year = digits.len() == 4
            && digits
                .parse::<u32>()
                .is_ok_and(|y| (1990..=2030).contains(&y));
        allowed || year
    }

    fn bad_numbers(text: &str) -> Vec<String> {
        long_numbers(text)
            .into_iter()
            .filter(|n| !number_allowed(n))
            .collect()
    }

    /// Every email-like word other than the allowed address.
    fn bad_emails(text: &str) -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || "()<>,;:\"'".contains(c))
            .filter(|w| w.contains('@'))
            .map(|w| w.trim_end_matches(['.', '!', '?']).to_string())
            .filter(|w| w != ALLOWED_EMAIL)
            .collect()
    }

    /// Addresses of web sites: http, www., :// or a word shaped like a domain ("gov.uk").
    /// "GOV.UK" in capitals is the name of the government's service, not an address.
    fn web_addresses(text: &str) -> Vec<String> {
        let text = text
            .replace(ALLOWED_EMAIL, "")
            .replace("GOV.UK", "GOVUK")
            .to_lowercase();
        let mut out: Vec<String> = ["http", "www.", "://"]
            .iter()
            .filter(|bad| text.contains(*bad))
            .map(|bad| bad.to_string())
            .collect();
        for word in text.split_whitespace() {
            let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if let Some((before, after)) = word.rsplit_once('.') {
                let tld = after.split('/').next().unwrap_or("");
                if !before.is_empty()
                    && tld.len() >= 2
                    && tld.chars().all(|c| c.is_ascii_lowercase())
                {
                    out.push(word.to_string());
                }
            }
        }
        out
    }

    fn is_kebab(id: &str) -> bool {
        !id.is_empty()
            && id.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
    }

    /// A real calendar date written YYYY-MM-DD.
    fn valid_date(date: &str) -> bool {
        let b = date.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return false;
        }
        let num = |s: &str| {
            if s.bytes().all(|c| c.is_ascii_digit()) {
                s.parse::<u32>().ok()
            } else {
                None
            }
        };
        let (Some(y), Some(m), Some(d)) = (num(&date[0..4]), num(&date[5..7]), num(&date[8..10]))
        else {
            return false;
        };
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days).contains(&d)
    }

    #[test]
    fn the_nine_modules_in_order() {
        let ids: Vec<_> = MODULES.iter().map(|m| m.id).collect();
        assert_eq!(ids, EXPECTED_IDS);
        for id in EXPECTED_IDS {
            assert_eq!(crate::content::module(id).map(|m| m.id), Some(id));
        }
        assert!(crate::content::module("no-such-module").is_none());
    }

    #[test]
    fn modules_are_complete() {
        for m in MODULES {
            assert!(!m.title.trim().is_empty(), "{}", m.id);
            assert!(!m.covers.trim().is_empty(), "{}", m.id);
            assert!(m.minutes > 0, "{}", m.id);
            assert!(
                (3..=6).contains(&m.steps.len()),
                "{} has {} steps",
                m.id,
                m.steps.len()
            );
            assert!(
                m.steps.iter().any(|s| s.tickable),
                "{} has nothing to tick",
                m.id
            );
        }
        let total: usize = MODULES.iter().map(|m| m.steps.len()).sum();
        assert!(
            (30..=45).contains(&total),
            "{total} steps will not fit the printed checklist"
        );
    }

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = HashSet::new();
        for id in MODULES
            .iter()
            .map(|m| m.id)
            .chain(MODULES.iter().flat_map(|m| m.steps.iter().map(|s| s.id)))
        {
            assert!(is_kebab(id), "{id} is not kebab-case");
            assert!(seen.insert(id), "{id} is used twice");
        }
    }

    #[test]
    fn steps_are_complete_and_reviewed() {
        for s in MODULES.iter().flat_map(|m| m.steps) {
            assert!(!s.title.trim().is_empty(), "{}", s.id);
            assert!(!s.why.trim().is_empty(), "{}", s.id);
            assert!((1..=5).contains(&s.actions.len()), "{}", s.id);
            assert!(s.actions.iter().all(|a| !a.trim().is_empty()), "{}", s.id);
            assert!(
                s.platforms
                    .iter()
                    .all(|p| !p.platform.trim().is_empty() && !p.how.trim().is_empty()),
                "{}",
                s.id
            );
            assert!(!s.source.name().is_empty(), "{}", s.id);
            assert!(valid_date(s.reviewed), "{}: {}", s.id, s.reviewed);
            // Same fixed-width format, so comparing the strings compares the dates.
            assert!(s.reviewed <= TODAY, "{}: reviewed in the future", s.id);
        }
    }

    #[test]
    fn titles_fit_the_printed_checklist() {
        let schemes = [
            PoliceScheme::Bridger,
            PoliceScheme::Ford,
            PoliceScheme::PoliceScotland,
            PoliceScheme::LocalPolice,
        ];
        for s in MODULES.iter().flat_map(|m| m.steps) {
            for scheme in schemes {
                let title = s.title.replace(TOKEN, scheme.short_name());
                assert!(title.chars().count() <= 60, "{}: {title}", s.id);
            }
        }
    }

    #[test]
    fn the_only_token_is_police_contact() {
        for (place, text) in all_texts() {
            let rest = text.replace(TOKEN, "");
            assert!(
                !rest.contains('{') && !rest.contains('}'),
                "{place}: {text}"
            );
        }
        let uses = all_texts()
            .iter()
            .filter(|(_, t)| t.contains(TOKEN))
            .count();
        assert!(
            uses > 0,
            "the police contact module should name the user's scheme"
        );
    }

    #[test]
    fn no_numbers_but_the_checked_ones() {
        for (place, text) in all_texts() {
            assert_eq!(bad_numbers(text), Vec::<String>::new(), "{place}: {text}");
        }
    }

    #[test]
    fn no_email_but_the_phishing_address_and_no_web_addresses() {
        for (place, text) in all_texts() {
            assert_eq!(bad_emails(text), Vec::<String>::new(), "{place}: {text}");
            assert_eq!(web_addresses(text), Vec::<String>::new(), "{place}: {text}");
        }
    }

    #[test]
    fn the_checked_numbers_are_all_there() {
        let all: String = all_texts()
            .iter()
            .map(|(_, t)| *t)
            .collect::<Vec<_>>()
            .join("\n");
        for n in ALLOWED_NUMBERS {
            assert!(all.contains(n), "{n} is missing");
        }
        assert!(all.contains(ALLOWED_EMAIL));
        assert!(all.contains("emergencySMS"));
    }

    #[test]
    fn number_scanner_catches_phone_numbers() {
        assert_eq!(bad_numbers("Call 0300 123 4567 for help."), ["03001234567"]);
        assert_eq!(bad_numbers("Ring 03001234567"), ["03001234567"]);
        assert_eq!(bad_numbers("Ring 0300-123-4567"), ["03001234567"]);
        assert_eq!(bad_numbers("+44 20 7946 0000"), ["442079460000"]);
        assert_eq!(bad_numbers("(01632) 960 001"), ["01632", "960001"]);
        assert_eq!(
            bad_numbers("Call 999 and 0800 789 321 and 0300 123 4567"),
            ["03001234567"]
        );
        // A checked number with another group glued on is a different number.
        assert_eq!(bad_numbers("0800 789 321 1"), ["08007893211"]);
        assert_eq!(bad_numbers("open 24/7, call 100"), ["100"]);
    }

    #[test]
    fn number_scanner_allows_the_checked_numbers_years_and_small_numbers() {
        for ok in [
            "Call 999 (or 112), or 101.",
            "Text 7726.",
            "Anti-Terrorist Hotline: 0800 789 321.",
            "Helpline 0808 802 0300; Crimestoppers 0800 555 111",
            "Since 2019, and under the 1997 Act.",
            "at least two occasions, 2-step verification, 12 people",
            "in 2019 and 2024",
        ] {
            assert_eq!(bad_numbers(ok), Vec::<String>::new(), "{ok}");
        }
        assert_eq!(bad_numbers("in 1989 and 2031"), ["1989", "2031"]);
    }

    #[test]
    fn email_and_web_scanners_catch_addresses() {
        assert!(bad_emails("Forward it to report@phishing.gov.uk.").is_empty());
        assert_eq!(
            bad_emails("Write to help@example.org."),
            ["help@example.org"]
        );
        assert!(web_addresses("Forward it to report@phishing.gov.uk.").is_empty());
        assert!(web_addresses("Settings > Sign-In & Security, e.g. two-step").is_empty());
        assert!(!web_addresses("see https://example.org").is_empty());
        assert!(!web_addresses("see www.example.org").is_empty());
        assert_eq!(web_addresses("Visit ncsc.gov.uk today."), ["ncsc.gov.uk"]);
        assert!(web_addresses("GOV.UK guidance").is_empty());
        assert_eq!(web_addresses("Visit gov.uk/act"), ["gov.uk/act"]);
    }

    #[test]
    fn date_check() {
        for ok in ["2026-11-23", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(valid_date(ok), "{ok}");
        }
        for bad in [
            "2026-13-01",
            "2026-11-31",
            "2023-02-29",
            "1900-02-29",
            "2026-1-23",
            "26-11-23",
            "2026/11/23",
            "",
            "2026-11-2x",
        ] {
            assert!(!valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn kebab_check() {
        for ok in ["post", "after-incident", "accounts-email-2sv"] {
            assert!(is_kebab(ok), "{ok}");
        }
        for bad in [
            "",
            "Post",
            "after_incident",
            "-post",
            "post-",
            "a--b",
            "a b",
        ] {
            assert!(!is_kebab(bad), "{bad}");
        }
    }
}
