//! `articles.parquet` and `edges.parquet` (`run --parquet`): the rows of articles.jsonl and
//! edges.csv for pandas, polars and DuckDB, with the same column names and values.
//!
//! Written with the parquet crate's low-level column writers rather than through Arrow: the
//! rows are a handful of flat string and number columns, and leaving Arrow out keeps the
//! feature's build cost to a fraction (see README). Strings are UTF8 byte arrays, scores are
//! doubles, `shared_chars` is an int64; what the JSONL has as null or the CSV as an empty cell
//! is null. Files are snappy-compressed, the codec every Parquet reader has.

use super::articles::{self, ArticleRow};
use super::edges::{self, EdgeRow};
use crate::pipeline::RunResult;
use anyhow::Result;
use parquet::basic::Compression;
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::{SerializedFileWriter, SerializedRowGroupWriter};
use parquet::schema::parser::parse_message_type;
use std::io::Write;
use std::sync::Arc;

/// Rows per row group: bounds the memory held per column while writing, and is large enough
/// for readers to skip efficiently.
const ROW_GROUP: usize = 64 * 1024;

const ARTICLES_SCHEMA: &str = "message article {
    REQUIRED BYTE_ARRAY id (UTF8);
    OPTIONAL BYTE_ARRAY source (UTF8);
    OPTIONAL BYTE_ARRAY published (UTF8);
    OPTIONAL BYTE_ARRAY title (UTF8);
    OPTIONAL BYTE_ARRAY url (UTF8);
    REQUIRED BYTE_ARRAY sha256 (UTF8);
    REQUIRED BYTE_ARRAY cluster (UTF8);
    OPTIONAL BYTE_ARRAY parent (UTF8);
    REQUIRED BYTE_ARRAY relation (UTF8);
    OPTIONAL DOUBLE similarity;
    OPTIONAL DOUBLE containment;
    OPTIONAL DOUBLE confidence;
}";

const EDGES_SCHEMA: &str = "message edge {
    REQUIRED BYTE_ARRAY parent (UTF8);
    REQUIRED BYTE_ARRAY child (UTF8);
    REQUIRED BYTE_ARRAY relation (UTF8);
    OPTIONAL DOUBLE similarity;
    OPTIONAL DOUBLE containment_child_in_parent;
    OPTIONAL DOUBLE containment_parent_in_child;
    OPTIONAL INT64 shared_chars;
    OPTIONAL DOUBLE time_delta_hours;
    OPTIONAL BYTE_ARRAY attribution (UTF8);
    OPTIONAL DOUBLE confidence;
}";

/// One column's values for a row group, with the definition levels of optional columns.
enum Column {
    Str(Vec<ByteArray>, Option<Vec<i16>>),
    F64(Vec<f64>, Vec<i16>),
    I64(Vec<i64>, Vec<i16>),
}

fn required_str<'a>(vals: impl Iterator<Item = &'a str>) -> Column {
    Column::Str(
        vals.map(|s| ByteArray::from(s.as_bytes().to_vec()))
            .collect(),
        None,
    )
}

fn optional_str<'a>(vals: impl Iterator<Item = Option<&'a str>>) -> Column {
    let (mut v, mut d) = (Vec::new(), Vec::new());
    for x in vals {
        d.push(x.is_some() as i16);
        if let Some(s) = x {
            v.push(ByteArray::from(s.as_bytes().to_vec()));
        }
    }
    Column::Str(v, Some(d))
}

fn optional_f64(vals: impl Iterator<Item = Option<f64>>) -> Column {
    let (mut v, mut d) = (Vec::new(), Vec::new());
    for x in vals {
        d.push(x.is_some() as i16);
        v.extend(x);
    }
    Column::F64(v, d)
}

fn optional_i64(vals: impl Iterator<Item = Option<i64>>) -> Column {
    let (mut v, mut d) = (Vec::new(), Vec::new());
    for x in vals {
        d.push(x.is_some() as i16);
        v.extend(x);
    }
    Column::I64(v, d)
}

fn write_row_group<W: Write + Send>(
    rg: &mut SerializedRowGroupWriter<'_, W>,
    columns: Vec<Column>,
) -> Result<()> {
    for col in columns {
        let Some(mut w) = rg.next_column()? else {
            anyhow::bail!("parquet schema has fewer columns than the rows");
        };
        match &col {
            Column::Str(v, d) => {
                w.typed::<ByteArrayType>()
                    .write_batch(v, d.as_deref(), None)?;
            }
            Column::F64(v, d) => {
                w.typed::<DoubleType>().write_batch(v, Some(d), None)?;
            }
            Column::I64(v, d) => {
                w.typed::<Int64Type>().write_batch(v, Some(d), None)?;
            }
        }
        w.close()?;
    }
    Ok(())
}

fn writer<W: Write + Send>(w: W, schema: &str) -> Result<SerializedFileWriter<W>> {
    let schema = Arc::new(parse_message_type(schema)?);
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .build();
    Ok(SerializedFileWriter::new(w, schema, Arc::new(props))?)
}

pub fn write_articles(res: &RunResult, w: &mut (dyn Write + Send)) -> Result<()> {
    let mut fw = writer(w, ARTICLES_SCHEMA)?;
    let n = res.articles.len();
    for start in (0..n).step_by(ROW_GROUP) {
        let rows: Vec<ArticleRow> = (start..(start + ROW_GROUP).min(n))
            .map(|i| articles::row(res, i))
            .collect();
        let columns = vec![
            required_str(rows.iter().map(|r| r.id)),
            optional_str(rows.iter().map(|r| r.source)),
            optional_str(rows.iter().map(|r| r.published.as_deref())),
            optional_str(rows.iter().map(|r| r.title)),
            optional_str(rows.iter().map(|r| r.url)),
            required_str(rows.iter().map(|r| r.sha256.as_str())),
            required_str(rows.iter().map(|r| r.cluster)),
            optional_str(rows.iter().map(|r| r.parent)),
            required_str(rows.iter().map(|r| r.relation)),
            optional_f64(rows.iter().map(|r| r.similarity)),
            optional_f64(rows.iter().map(|r| r.containment)),
            optional_f64(rows.iter().map(|r| r.confidence)),
        ];
        let mut rg = fw.next_row_group()?;
        write_row_group(&mut rg, columns)?;
        rg.close()?;
    }
    fw.close()?;
    Ok(())
}

pub fn write_edges(res: &RunResult, w: &mut (dyn Write + Send)) -> Result<()> {
    let mut fw = writer(w, EDGES_SCHEMA)?;
    let all = edges::rows(res);
    for rows in all.chunks(ROW_GROUP) {
        let rows: &[EdgeRow] = rows;
        let columns = vec![
            required_str(rows.iter().map(|r| r.parent.as_str())),
            required_str(rows.iter().map(|r| r.child.as_str())),
            required_str(rows.iter().map(|r| r.relation)),
            optional_f64(rows.iter().map(|r| r.similarity)),
            optional_f64(rows.iter().map(|r| r.containment_child_in_parent)),
            optional_f64(rows.iter().map(|r| r.containment_parent_in_child)),
            optional_i64(rows.iter().map(|r| r.shared_chars.map(|n| n as i64))),
            optional_f64(rows.iter().map(|r| r.time_delta_hours)),
            optional_str(rows.iter().map(|r| r.attribution.as_deref())),
            optional_f64(rows.iter().map(|r| r.confidence)),
        ];
        let mut rg = fw.next_row_group()?;
        write_row_group(&mut rg, columns)?;
        rg.close()?;
    }
    fw.close()?;
    Ok(())
}
