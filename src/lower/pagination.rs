//! Cursor pagination detection: ordered lists of the names APIs use for the cursor and limit
//! parameters and for the page's fields. First match wins; add names here, not in targets.

use crate::ir::{Input, InputSource, ObjectType, Pagination, ParamLocation, TypeRef};

const CURSOR_PARAMS: &[&str] = &[
    "cursor",
    "after",
    "starting_after",
    "startingAfter",
    "page_token",
    "pageToken",
    "next_token",
    "nextToken",
    "continuation_token",
    "continuationToken",
];
const LIMIT_PARAMS: &[&str] = &["limit", "page_size", "pageSize", "per_page", "perPage", "max_results", "maxResults"];
const ITEMS_FIELDS: &[&str] = &["items", "data", "results", "entries", "records", "nodes", "values"];
const NEXT_CURSOR_FIELDS: &[&str] = &[
    "nextCursor",
    "next_cursor",
    "cursor",
    "nextPageToken",
    "next_page_token",
    "nextToken",
    "next_token",
    "continuationToken",
    "continuation_token",
    "next",
];
const HAS_MORE_FIELDS: &[&str] = &["hasMore", "has_more", "hasNextPage", "has_next_page"];

/// Pagination of an operation whose query has a cursor parameter and whose result object has a
/// list field and a next-cursor field.
pub fn detect(inputs: &[Input], result: &ObjectType) -> Option<Pagination> {
    let query = |names: &[&str]| {
        names.iter().find_map(|n| {
            inputs.iter().find(|i| {
                i.wire_name == *n && matches!(i.source, InputSource::Param { location: ParamLocation::Query, .. })
            })
        })
    };
    let cursor = query(CURSOR_PARAMS)?;
    let limit = query(LIMIT_PARAMS);
    let field = |names: &[&str], ok: &dyn Fn(&TypeRef) -> bool| {
        names.iter().find_map(|n| result.properties.iter().find(|p| p.wire_name == *n && ok(p.type_.non_null())))
    };
    let items = field(ITEMS_FIELDS, &|t| matches!(t, TypeRef::Array { .. }))?;
    // The next cursor is sent back as the cursor parameter, and every runtime passes cursors as
    // strings: both must be strings (Jira's failed webhooks page has an integer `after` and a
    // `next` that is a URL, not a cursor).
    if !matches!(cursor.type_.non_null(), TypeRef::String { .. }) {
        return None;
    }
    let next = field(NEXT_CURSOR_FIELDS, &|t| matches!(t, TypeRef::String { .. }))?;
    let has_more = field(HAS_MORE_FIELDS, &|t| matches!(t, TypeRef::Boolean));
    let TypeRef::Array { items: item_type } = items.type_.non_null() else { return None };
    Some(Pagination {
        cursor_input: cursor.name.clone(),
        cursor_param: cursor.wire_name.clone(),
        limit_input: limit.map(|l| l.name.clone()),
        items_field: items.wire_name.clone(),
        next_cursor_field: next.wire_name.clone(),
        has_more_field: has_more.map(|h| h.wire_name.clone()),
        item_type: (**item_type).clone(),
    })
}
