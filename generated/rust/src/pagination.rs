//! Cursor pagination: one page at a time, or every item as a stream.

use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_core::Stream;
use serde::de::DeserializeOwned;

use crate::call::decode;
use crate::client::Core;
use crate::error::Error;
use crate::request::{ApiRequest, RequestOptions};

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// The cursor of the next page; `None` on the last page.
    pub next_cursor: Option<String>,
    /// Whether there is a next page.
    pub has_more: bool,
}

type ItemStream<T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>;

/// Every item of a list, fetched lazily one page at a time: a [`Stream`] of
/// `Result<T, Error>`, made by the `list_all` twin of each list method.
///
/// Use it with `futures::StreamExt`, or without extra crates through
/// [`try_next`](Self::try_next) and [`collect_all`](Self::collect_all):
///
/// ```text
/// let mut keys = service.list_all(tenant_id, Default::default());
/// while let Some(key) = keys.try_next().await? {
///     println!("{}", key.id);
/// }
/// ```
#[must_use = "a paginator does nothing until it is polled"]
pub struct Paginator<T> {
    state: State<T>,
}

enum State<T> {
    Idle(Box<(Core, ApiRequest)>),
    Running(ItemStream<T>),
    Done,
}

struct Cursor<T> {
    core: Core,
    request: ApiRequest,
    cursor: Option<String>,
    buffer: VecDeque<T>,
    done: bool,
}

impl<T: DeserializeOwned + Send + 'static> Paginator<T> {
    #[allow(dead_code, reason = "not every API uses it")]
    pub(crate) fn new(core: &Core, request: ApiRequest) -> Self {
        Paginator {
            state: State::Idle(Box::new((core.clone(), request))),
        }
    }

    fn request_mut(&mut self) -> Option<&mut ApiRequest> {
        match &mut self.state {
            State::Idle(idle) => Some(&mut idle.1),
            _ => None,
        }
    }

    /// Sets the options of every page request (before the first item is read).
    pub fn options(mut self, options: RequestOptions) -> Self {
        if let Some(request) = self.request_mut() {
            request.options = options;
        }
        self
    }

    /// Time limit of each page request.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        if let Some(request) = self.request_mut() {
            request.options.timeout = Some(timeout);
        }
        self
    }

    /// Adds a header to every page request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        if let Some(request) = self.request_mut() {
            request.options.headers.push((name.into(), value.into()));
        }
        self
    }

    /// How many times each page request may be retried.
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        if let Some(request) = self.request_mut() {
            request.options.max_retries = Some(max_retries);
        }
        self
    }

    /// The next item, fetching the next page when needed; `None` after the last one.
    pub async fn try_next(&mut self) -> Result<Option<T>, Error> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx))
            .await
            .transpose()
    }

    /// Every remaining item, in order.
    pub async fn collect_all(mut self) -> Result<Vec<T>, Error> {
        let mut items = Vec::new();
        while let Some(item) = self.try_next().await? {
            items.push(item);
        }
        Ok(items)
    }

    fn start(core: Core, request: ApiRequest) -> ItemStream<T> {
        let state = Cursor {
            core,
            request,
            cursor: None,
            buffer: VecDeque::new(),
            done: false,
        };
        Box::pin(futures_util::stream::unfold(
            state,
            |mut state| async move {
                loop {
                    if let Some(item) = state.buffer.pop_front() {
                        return Some((Ok(item), state));
                    }
                    if state.done {
                        return None;
                    }
                    let mut request = state.request.clone();
                    if let (Some(cursor), Some(fields)) = (&state.cursor, &request.page) {
                        let name = fields.cursor_param.clone();
                        request.query.retain(|(n, _)| *n != name);
                        request.query.push((name, cursor.clone()));
                    }
                    let page = match state.core.execute(request).await {
                        Ok(raw) => decode::page::<T>(raw),
                        Err(error) => Err(error),
                    };
                    match page {
                        Ok(page) => {
                            let repeated =
                                page.next_cursor.is_some() && page.next_cursor == state.cursor;
                            state.done = !page.has_more || repeated;
                            state.cursor = page.next_cursor;
                            state.buffer.extend(page.items);
                        }
                        Err(error) => {
                            state.done = true;
                            return Some((Err(error), state));
                        }
                    }
                }
            },
        ))
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for Paginator<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if let State::Idle(..) = this.state {
            if let State::Idle(idle) = std::mem::replace(&mut this.state, State::Done) {
                let (core, request) = *idle;
                this.state = State::Running(Self::start(core, request));
            }
        }
        match &mut this.state {
            State::Running(stream) => {
                let next = stream.as_mut().poll_next(cx);
                if let Poll::Ready(None) = next {
                    this.state = State::Done;
                }
                next
            }
            _ => Poll::Ready(None),
        }
    }
}

impl<T> fmt::Debug for Paginator<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Idle(..) => "idle",
            State::Running(_) => "running",
            State::Done => "done",
        };
        f.debug_struct("Paginator").field("state", &state).finish()
    }
}
