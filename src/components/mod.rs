//! Small reusable pieces of the interface.

pub mod answers;
pub mod attach_files;
pub mod backup_panel;
pub mod checkin;
pub mod contact_fields;
pub mod doc_view;
pub mod download;
pub mod emergency;
pub mod incident_form;
pub mod install;
pub mod leave_quickly;
pub mod linked_text;
pub mod lock_offer;
pub mod lock_screen;
pub mod lock_settings;
pub mod message_actions;
pub mod nav;
pub mod notices;
pub mod person_editor;
pub mod progress;
pub mod step_card;
pub mod storage_use;
pub mod update_banner;
