//! A problem with one field of a form, in words that tell the user what to fix.

/// One field's problem: the field's id and the sentence shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: &'static str,
    pub message: &'static str,
}
