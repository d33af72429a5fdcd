"""Every GraphQL document the client sends, as named module-level constants.

Values always travel as variables. Each document also asks for ``complexity`` so the pacer can
learn the real budget from monday's own numbers. Aliased batches are built from
:class:`AliasedMutation` constants by repeating one field under aliases ``m0, m1, ...`` with
per-alias variables; tests validate every string constant and every batch shape against the
real schema.
"""

from __future__ import annotations

from dataclasses import dataclass

COMPLEXITY_SELECTION = "complexity { query before after reset_in_x_seconds }"

COLUMN_VALUE_SELECTION = """
id
type
text
value
... on StatusValue { index label is_done }
... on DateValue { date time }
... on NumbersValue { number }
... on LinkValue { url url_text }
... on EmailValue { email label }
... on PhoneValue { phone country_short_name }
... on DropdownValue { values { id label } }
... on BoardRelationValue { linked_item_ids display_value }
... on CheckboxValue { checked }
"""

ITEM_SELECTION = f"""
id
name
state
created_at
updated_at
group {{ id }}
column_values(ids: $column_ids) {{ {COLUMN_VALUE_SELECTION} }}
"""

ME_AND_ACCOUNT = f"""
query MeAndAccount {{
  me {{ id name email account {{ id name slug tier plan {{ tier max_users }} }} }}
  {COMPLEXITY_SELECTION}
}}
"""

# The cheapest question monday answers: is it up? (no scope needed, a few points)
PING = f"""
query Ping {{ {COMPLEXITY_SELECTION} }}
"""

BOARDS_WITH_COLUMNS = f"""
query BoardsWithColumns($ids: [ID!], $limit: Int, $page: Int) {{
  boards(ids: $ids, limit: $limit, page: $page) {{
    id
    name
    state
    board_kind
    items_count
    columns {{ id title type settings }}
    groups {{ id title color position }}
  }}
  {COMPLEXITY_SELECTION}
}}
"""

CREATE_BOARD = f"""
mutation CreateBoard($board_name: String!, $board_kind: BoardKind!, $workspace_id: ID,
                     $description: String, $empty: Boolean) {{
  create_board(board_name: $board_name, board_kind: $board_kind, workspace_id: $workspace_id,
               description: $description, empty: $empty) {{ id name }}
  {COMPLEXITY_SELECTION}
}}
"""

CREATE_COLUMN = f"""
mutation CreateColumn($board_id: ID!, $id: String, $title: String!, $column_type: ColumnType!,
                      $defaults: JSON, $description: String, $after_column_id: ID) {{
  create_column(board_id: $board_id, id: $id, title: $title, column_type: $column_type,
                defaults: $defaults, description: $description,
                after_column_id: $after_column_id) {{ id title type settings }}
  {COMPLEXITY_SELECTION}
}}
"""

CREATE_GROUP = f"""
mutation CreateGroup($board_id: ID!, $group_name: String!, $group_color: String) {{
  create_group(board_id: $board_id, group_name: $group_name, group_color: $group_color) {{
    id title color position
  }}
  {COMPLEXITY_SELECTION}
}}
"""

ITEMS_BY_COLUMN_VALUES = f"""
query ItemsByColumnValues($board_id: ID!, $columns: [ItemsPageByColumnValuesQuery!],
                          $limit: Int!, $column_ids: [String!]) {{
  items_page_by_column_values(board_id: $board_id, columns: $columns, limit: $limit) {{
    cursor
    items {{ {ITEM_SELECTION} }}
  }}
  {COMPLEXITY_SELECTION}
}}
"""

ITEMS_BY_COLUMN_VALUES_NEXT = f"""
query ItemsByColumnValuesNext($board_id: ID!, $cursor: String!, $limit: Int!,
                              $column_ids: [String!]) {{
  items_page_by_column_values(board_id: $board_id, cursor: $cursor, limit: $limit) {{
    cursor
    items {{ {ITEM_SELECTION} }}
  }}
  {COMPLEXITY_SELECTION}
}}
"""

BOARD_ITEMS_FIRST_PAGE = f"""
query BoardItemsFirstPage($board_id: ID!, $limit: Int!, $column_ids: [String!]) {{
  boards(ids: [$board_id]) {{
    items_page(limit: $limit) {{
      cursor
      items {{ {ITEM_SELECTION} }}
    }}
  }}
  {COMPLEXITY_SELECTION}
}}
"""

BOARD_ITEMS_NEXT_PAGE = f"""
query BoardItemsNextPage($cursor: String!, $limit: Int!, $column_ids: [String!]) {{
  next_items_page(cursor: $cursor, limit: $limit) {{
    cursor
    items {{ {ITEM_SELECTION} }}
  }}
  {COMPLEXITY_SELECTION}
}}
"""

CREATE_ITEM = f"""
mutation CreateItem($board_id: ID!, $group_id: String, $item_name: String!,
                    $column_values: JSON, $create_labels_if_missing: Boolean) {{
  create_item(board_id: $board_id, group_id: $group_id, item_name: $item_name,
              column_values: $column_values,
              create_labels_if_missing: $create_labels_if_missing) {{ id name }}
  {COMPLEXITY_SELECTION}
}}
"""

CHANGE_COLUMN_VALUES = f"""
mutation ChangeColumnValues($board_id: ID!, $item_id: ID, $column_values: JSON!,
                            $create_labels_if_missing: Boolean) {{
  change_multiple_column_values(board_id: $board_id, item_id: $item_id,
                                column_values: $column_values,
                                create_labels_if_missing: $create_labels_if_missing) {{ id name }}
  {COMPLEXITY_SELECTION}
}}
"""

CREATE_UPDATE = f"""
mutation CreateUpdate($item_id: ID, $body: String!) {{
  create_update(item_id: $item_id, body: $body) {{ id body created_at }}
  {COMPLEXITY_SELECTION}
}}
"""

CREATE_NOTIFICATION = f"""
mutation CreateNotification($user_id: ID!, $target_id: ID!, $text: String!,
                            $target_type: NotificationTargetType!) {{
  create_notification(user_id: $user_id, target_id: $target_id, text: $text,
                      target_type: $target_type) {{ id text }}
  {COMPLEXITY_SELECTION}
}}
"""

CREATE_WEBHOOK = f"""
mutation CreateWebhook($board_id: ID!, $url: String!, $event: WebhookEventType!, $config: JSON) {{
  create_webhook(board_id: $board_id, url: $url, event: $event, config: $config) {{
    id board_id event config
  }}
  {COMPLEXITY_SELECTION}
}}
"""

DELETE_WEBHOOK = f"""
mutation DeleteWebhook($id: ID!) {{
  delete_webhook(id: $id) {{ id board_id }}
  {COMPLEXITY_SELECTION}
}}
"""

LIST_WEBHOOKS = f"""
query ListWebhooks($board_id: ID!) {{
  webhooks(board_id: $board_id) {{ id board_id event config }}
  {COMPLEXITY_SELECTION}
}}
"""

# Bulk imports (API 2026-07 and later): a job takes a CSV at upload_url, UPSERT on a column.
INGEST_ITEMS = f"""
mutation IngestItems($board_id: ID!, $group_id: ID!, $on_match: OnMatchInput) {{
  ingest_items(board_id: $board_id, group_id: $group_id, on_match: $on_match) {{
    job_id upload_url
  }}
  {COMPLEXITY_SELECTION}
}}
"""

FETCH_JOB_STATUS = f"""
query FetchJobStatus($job_id: ID!) {{
  fetch_job_status(job_id: $job_id) {{
    ... on ItemsJobStatus {{
      status
      counts {{ submitted invalid skipped created updated failed }}
      progress_percentage failure_reason failure_message fully_imported report_created
      report_url
    }}
  }}
  {COMPLEXITY_SELECTION}
}}
"""


@dataclass(frozen=True)
class AliasedMutation:
    """One mutation field repeated under aliases so several writes share one request.

    ``shared`` variables are declared once (e.g. the board id); ``per_alias`` variables get an
    ``_<n>`` suffix for each alias.
    """

    name: str
    field: str
    shared: tuple[tuple[str, str], ...]
    per_alias: tuple[tuple[str, str], ...]
    selection: str

    def document(self, count: int) -> str:
        if count < 1:
            raise ValueError("an aliased mutation needs at least one alias")
        declarations = [f"${n}: {t}" for n, t in self.shared]
        fields = []
        for index in range(count):
            declarations += [f"${n}_{index}: {t}" for n, t in self.per_alias]
            args = [f"{n}: ${n}" for n, _ in self.shared]
            args += [f"{n}: ${n}_{index}" for n, _ in self.per_alias]
            fields.append(f"  m{index}: {self.field}({', '.join(args)}) {{ {self.selection} }}")
        body = "\n".join(fields)
        return (
            f"mutation {self.name}({', '.join(declarations)}) {{\n{body}\n"
            f"  {COMPLEXITY_SELECTION}\n}}\n"
        )

    def variables(self, shared: dict[str, object], rows: list[dict[str, object]]) -> dict:
        values = dict(shared)
        for index, row in enumerate(rows):
            for name, _ in self.per_alias:
                values[f"{name}_{index}"] = row.get(name)
        return values


CREATE_ITEMS_BATCH = AliasedMutation(
    name="CreateItems",
    field="create_item",
    shared=(("board_id", "ID!"), ("create_labels_if_missing", "Boolean")),
    per_alias=(("group_id", "String"), ("item_name", "String!"), ("column_values", "JSON")),
    selection="id name",
)

CHANGE_COLUMN_VALUES_BATCH = AliasedMutation(
    name="ChangeColumnValuesBatch",
    field="change_multiple_column_values",
    shared=(("board_id", "ID!"), ("create_labels_if_missing", "Boolean")),
    per_alias=(("item_id", "ID"), ("column_values", "JSON!")),
    selection="id name",
)

ARCHIVE_ITEMS_BATCH = AliasedMutation(
    name="ArchiveItems",
    field="archive_item",
    shared=(),
    per_alias=(("item_id", "ID"),),
    selection="id state",
)

ALIAS_PREFIX = "m"
