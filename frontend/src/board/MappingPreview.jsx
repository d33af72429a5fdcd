// The records the next poll would write, as the mapping being edited would write them
// (nothing written). When the next poll would write none, the API sends the records last
// written instead (`source` "recent", or "first" before anything was written) and says so.
export function MappingPreview({ items, source, sourceText }) {
  const titles = [];
  for (const item of items) {
    for (const cell of item.cells) if (!titles.includes(cell.column_title)) titles.push(cell.column_title);
  }
  return (
    <div className="table-wrap preview">
      <table className="preview-table">
        <caption data-source={source}>
          Preview: {sourceText || `the next ${items.length} records as they would be written`}
        </caption>
        <thead>
          <tr><th scope="col">Item name</th>{titles.map((t) => <th scope="col" key={t}>{t}</th>)}</tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const text = Object.fromEntries(item.cells.map((c) => [c.column_title, c.text]));
            return (
              <tr key={item.syspro_key}>
                <th scope="row">{item.name}{item.error && <span className="bad"> ({item.error})</span>}</th>
                {titles.map((t) => <td key={t}>{text[t] ?? ""}</td>)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
