"""DataFrames in and out: skills in long form, profiles in wide form, rankings as tables.

Every function takes a pandas or polars Series (or any iterable of texts; ``None`` and NaN
are empty texts) and returns a DataFrame of the same library: polars when the input is
polars, pandas otherwise (``backend=`` chooses explicitly). The work is done in Rust in
parallel; Python never loops over documents. Document ids come from a pandas Series'
index, and are positions otherwise.

For Dask, Ray and Spark, :func:`rank_partition` ranks one partition of a resumes table
against a list of jobs and :func:`merge_rankings` combines the partitions' rankings into
the global top ``k`` per job; see the README for the recipes.
"""
from __future__ import annotations

import numbers
from typing import Any, Dict, Iterable, List, NoReturn, Optional, Sequence

import numpy as np

from ._jobmatch import (
    Matcher,
    SkillExtractor,
    _job_columns,
    _resume_columns,
    _skill_columns,
)

__all__ = [
    "CATEGORIES",
    "jobs_frame",
    "merge_rankings",
    "rank_frame",
    "rank_partition",
    "ranking_meta",
    "resumes_frame",
    "skills_frame",
]

#: The score categories, one column each in ranking tables.
CATEGORIES = (
    "required_skills",
    "preferred_skills",
    "experience",
    "skill_experience",
    "education",
)


def _is_polars(obj: Any) -> bool:
    return type(obj).__module__.split(".")[0] == "polars"


def _is_pandas(obj: Any) -> bool:
    return type(obj).__module__.split(".")[0] == "pandas"


def _check_input(obj: Any, what: str) -> None:
    if type(obj).__name__ in ("DataFrame", "LazyFrame") and (_is_pandas(obj) or _is_polars(obj)):
        raise TypeError(
            f"{what}: expected a Series or an iterable of texts, got a DataFrame; "
            f"pass one column, e.g. df['text']"
        )


def _backend(backend: Optional[str], *inputs: Any) -> str:
    if backend is None:
        return "polars" if any(_is_polars(x) for x in inputs) else "pandas"
    if backend not in ("pandas", "polars"):
        raise ValueError(f'backend must be "pandas", "polars" or None, got {backend!r}')
    return backend


def _ids(obj: Any, given: Any, n: int, what: str) -> np.ndarray:
    """The ids of `n` documents: `given`, a pandas Series' index, or positions."""
    if given is not None:
        # (A generator is read once; a string is one id, not a sequence of them.)
        if isinstance(given, (str, bytes)):
            raise TypeError(f"{what}: expected a sequence of {n} ids, got a "
                            f"{type(given).__name__}")
        if not hasattr(given, "__len__"):
            given = list(given)
        ids = np.asarray(given)
        if ids.ndim != 1 or len(ids) != n:
            got = f"{len(ids)} ids" if ids.ndim == 1 else f"an array of shape {ids.shape}"
            raise ValueError(f"{what}: expected {n} ids, got {got}")
        return ids
    if _is_pandas(obj) and hasattr(obj, "index"):
        return np.asarray(obj.index)
    return np.arange(n, dtype=np.int64)


def _materialise(obj: Iterable[Any]) -> Any:
    """Texts or profiles as something with a length (a generator is read once)."""
    if hasattr(obj, "__len__"):
        return obj
    return list(obj)


def _polars_types(pl: Any) -> Dict[str, Any]:
    """The types of the profile tables' (`jobs_frame`, `resumes_frame`) columns that may
    hold only None or empty lists in a batch: typed as they are in any other batch (instead of as nulls, which would not
    concatenate with other partitions' frames)."""
    # Without polars (`pl` None): only the names are asked for.
    text, texts = (pl.Utf8, pl.List(pl.Utf8)) if pl is not None else (None, None)
    return {
        "required_skills": texts,
        "preferred_skills": texts,
        "alternatives": pl.List(texts) if pl is not None else None,
        "degree": text,
        "degree_fields": texts,
        "degree_required": pl.Boolean if pl is not None else None,
        "latest_title": text,
        "latest_employer": text,
        "skills": texts,
        "degree_field": text,
    }


#: The text columns of `skills_frame`, typed as strings even when no mention is found.
_SKILL_TEXT_COLUMNS = ("skill_id", "name", "kind", "category", "text")


def _frame(columns: Dict[str, Any], backend: str, profiles: bool = False) -> Any:
    """A DataFrame of `columns`; `profiles`: a profile table, typed by `_polars_types`
    (else a skills table, whose text columns are strings). Empty tables get the types full
    ones have, so that the frames of partitions concatenate."""
    if backend == "polars":
        import polars as pl

        types = ({k: t for k, t in _polars_types(pl).items() if k in columns}
                 if profiles else {k: pl.Utf8 for k in _SKILL_TEXT_COLUMNS if k in columns})
        return pl.DataFrame({k: (list(v) if isinstance(v, np.ndarray) and v.dtype == object
                                 else v) for k, v in columns.items()},
                            schema_overrides=types)
    import pandas as pd

    # Columns of objects (strings, lists, optional booleans) stay objects when empty,
    # instead of pandas' float64 for an empty list.
    objects = set(_polars_types(None)) if profiles else set(_SKILL_TEXT_COLUMNS)
    return pd.DataFrame({k: (np.empty(0, dtype=object) if k in objects and len(v) == 0 else v)
                         for k, v in columns.items()})


def skills_frame(
    texts: Iterable[Optional[str]],
    *,
    extractor: Optional[SkillExtractor] = None,
    workers: Optional[int] = None,
    backend: Optional[str] = None,
) -> Any:
    """The skills found in many texts, one row per mention (long form).

    Parameters
    ----------
    texts : pandas.Series, polars.Series or iterable of str
        The documents; ``None`` and NaN are empty documents.
    extractor : SkillExtractor, optional
        Default: the built-in taxonomy, exact matching.
    workers : int, optional
        Threads (default: all cores; ``-1`` also means all).
    backend : {"pandas", "polars"}, optional
        Default: polars for a polars input, pandas otherwise.

    Returns
    -------
    DataFrame
        Columns ``doc`` (the Series index, or the position), ``skill_id``, ``name``,
        ``kind``, ``category`` (the taxonomy's coarse group, ``""`` where it has none),
        ``start``, ``end`` (``str`` indices), ``text`` and ``fuzzy``, in document order
        then text order.

    Examples
    --------
    >>> import pandas as pd, jobmatch
    >>> df = jobmatch.skills_frame(pd.Series(["Python and SQL", "k8s"], index=[10, 11]))
    >>> df[["doc", "name", "start", "end"]].values.tolist()
    [[10, 'Python (computer programming)', 0, 6], [10, 'SQL', 11, 14], [11, 'Kubernetes', 0, 3]]
    """
    _check_input(texts, "texts")
    texts = _materialise(texts)
    be = _backend(backend, texts)
    cols = _skill_columns(texts, extractor=extractor, workers=workers)
    doc_ids = _ids(texts, None, cols["n_docs"], "texts")
    code = cols["code"]
    if be == "polars":
        import polars as pl

        idx = pl.Series(code)

        def pick(values: List[str]) -> Any:
            return pl.Series(values, dtype=pl.String).gather(idx) if len(code) else []
    else:

        def pick(values: List[str]) -> Any:
            return np.asarray(values, dtype=object)[code] if len(code) else np.array([], dtype=object)

    return _frame(
        {
            "doc": doc_ids[cols["doc"]],
            "skill_id": pick(cols["ids"]),
            "name": pick(cols["names"]),
            "kind": pick(cols["kinds"]),
            "category": pick(cols["categories"]),
            "start": cols["start"],
            "end": cols["end"],
            "text": np.asarray(cols["text"], dtype=object) if be == "pandas" else cols["text"],
            "fuzzy": cols["fuzzy"],
        },
        be,
    )


def jobs_frame(
    jobs: Iterable[Any],
    *,
    extractor: Optional[SkillExtractor] = None,
    workers: Optional[int] = None,
    backend: Optional[str] = None,
) -> Any:
    """Parsed job postings, one row per job (wide form).

    Parameters
    ----------
    jobs : pandas.Series, polars.Series or iterable of str or Job
        Texts are parsed in parallel; parsed ``Job`` objects are used as they are.
    extractor, workers, backend
        As in :func:`skills_frame`.

    Returns
    -------
    DataFrame
        Columns ``job`` (the Series index, or the position), ``min_years``, ``max_years``
        (NaN when not stated), ``entry_level``, ``required_skills`` and
        ``preferred_skills`` (lists of skill ids), ``alternatives`` (the groups of skills
        offered as alternatives, "AWS, GCP or Azure": a list of lists of skill ids, a
        resume needing one of each), ``degree`` (level or None),
        ``degree_fields`` (list) and ``degree_required`` (bool or None).
    """
    _check_input(jobs, "jobs")
    jobs = _materialise(jobs)
    be = _backend(backend, jobs)
    cols = _job_columns(jobs, extractor=extractor, workers=workers)
    return _frame({"job": _ids(jobs, None, len(cols["min_years"]), "jobs"), **cols}, be,
                  profiles=True)


def resumes_frame(
    resumes: Iterable[Any],
    *,
    extractor: Optional[SkillExtractor] = None,
    today: Any = None,
    workers: Optional[int] = None,
    backend: Optional[str] = None,
) -> Any:
    """Parsed resumes, one row per resume (wide form).

    Parameters
    ----------
    resumes : pandas.Series, polars.Series or iterable of str or Resume
        Texts are parsed in parallel; parsed ``Resume`` objects are used as they are.
    today : str or datetime.date, optional
        What "present" means for texts (default: the current month).
    extractor, workers, backend
        As in :func:`skills_frame`.

    Returns
    -------
    DataFrame
        Columns ``resume`` (the Series index, or the position), ``total_years``,
        ``claimed_years`` (NaN when none), ``positions`` (count), ``latest_title``,
        ``latest_employer``, ``skills`` (list of skill ids), ``degree`` and
        ``degree_field``.
    """
    _check_input(resumes, "resumes")
    resumes = _materialise(resumes)
    be = _backend(backend, resumes)
    cols = _resume_columns(resumes, extractor=extractor, today=today, workers=workers)
    ids = _ids(resumes, None, len(cols["total_years"]), "resumes")
    return _frame({"resume": ids, **cols}, be, profiles=True)


def rank_frame(
    resumes: Iterable[Any],
    jobs: Iterable[Any],
    k: int = 10,
    *,
    matcher: Optional[Matcher] = None,
    per: str = "job",
    resume_ids: Any = None,
    job_ids: Any = None,
    workers: Optional[int] = None,
    today: Any = None,
    backend: Optional[str] = None,
) -> Any:
    """The ``k`` best resumes for every job (or jobs for every resume) as a table.

    Parameters
    ----------
    resumes, jobs : pandas.Series, polars.Series or iterable of str or profiles
        Texts are parsed once, in parallel.
    k : int
        Rows per job (capped at the number of resumes).
    matcher : Matcher, optional
        Default: ``Matcher()``.
    per : {"job", "resume"}
        ``"resume"`` gives the ``k`` best jobs for every resume instead.
    resume_ids, job_ids : sequence, optional
        Ids for the ``resume`` and ``job`` columns (default: the Series index, or
        positions).
    workers, today, backend
        As in :func:`resumes_frame`.

    Returns
    -------
    DataFrame
        With ``per="job"``: columns ``job``, ``rank`` (1 = best), ``resume``, ``score``
        and one column per score category (NaN where the job has no data for it), the jobs
        in the order given, each job's rows by rank; ties go to the earlier resume. With ``per="resume"``: ``resume``,
        ``rank``, ``job``, ... The scores equal ``Matcher.cdist`` entries (mutual scores for
        a matcher made with ``rank_by="mutual"``; the category columns are those of the
        score either way).
    """
    _check_input(resumes, "resumes")
    _check_input(jobs, "jobs")
    cvs = _materialise(resumes)
    posts = _materialise(jobs)
    be = _backend(backend, cvs, posts)
    m = matcher if matcher is not None else Matcher()
    cols = m._rank_columns(cvs, posts, k, per=per, workers=workers, today=today)
    rids = _ids(cvs, resume_ids, len(cvs), "resumes")
    jids = _ids(posts, job_ids, len(posts), "jobs")
    row_ids, cand_ids = (jids, rids) if per == "job" else (rids, jids)
    row_name, cand_name = ("job", "resume") if per == "job" else ("resume", "job")
    out = {
        row_name: row_ids[cols["row"]],
        "rank": cols["rank"],
        cand_name: cand_ids[cols["candidate"]],
        "score": cols["score"],
    }
    out.update({c: cols[c] for c in CATEGORIES})
    return _frame(out, be)


def ranking_meta(id_dtype: Any = "int64", job_id_dtype: Any = "int64") -> Any:
    """An empty pandas ranking table with the column types of :func:`rank_partition`
    (Dask's ``meta=``)."""
    import pandas as pd

    cols: Dict[str, Any] = {
        "job": pd.Series([], dtype=job_id_dtype),
        "rank": pd.Series([], dtype="int32"),
        "resume": pd.Series([], dtype=id_dtype),
        "score": pd.Series([], dtype="float32"),
    }
    cols.update({c: pd.Series([], dtype="float32") for c in CATEGORIES})
    return pd.DataFrame(cols)


def rank_partition(
    partition: Any,
    jobs: Sequence[Any],
    *,
    text_column: str = "text",
    id_column: Optional[str] = None,
    k: int = 10,
    matcher: Optional[Matcher] = None,
    job_ids: Optional[Sequence[Any]] = None,
    today: Any = None,
    workers: Optional[int] = None,
) -> Any:
    """The ``k`` best resumes of one partition of a resumes table, for every job.

    For ``map_partitions`` (Dask), ``map_batches`` (Ray) and ``mapInPandas`` (Spark): each
    partition gives its own top ``k`` per job, and :func:`merge_rankings` keeps the best
    ``k`` of all partitions, which is exactly the single-process ranking, ties included,
    when the partitions' tables are given in partition order and the resume ids are unique
    across partitions.

    Parameters
    ----------
    partition : pandas.DataFrame or polars.DataFrame
        A part of the resumes table.
    jobs : sequence of Job or str
        All the jobs (parse them once with ``parse_jobs`` and ship the ``Job`` objects).
    text_column : str
        The column with the resume texts.
    id_column : str, optional
        The column with the resume ids (default: the pandas index, or positions for polars;
        these often restart in each partition, and :func:`merge_rankings` needs ids unique
        across partitions).
    k, matcher, job_ids, today, workers
        As in :func:`rank_frame`.

    Returns
    -------
    DataFrame
        The ranking table of :func:`rank_frame` (same library as ``partition``): each
        job's rows in rank order, ties to the earlier row of the partition.
    """
    for name, what in ((text_column, "text_column"), (id_column, "id_column")):
        if name is not None and name not in partition:
            columns = list(getattr(partition, "columns", partition))
            raise KeyError(f"{what}={name!r} is not a column of the partition; "
                           f"its columns are {columns}")
    texts = partition[text_column]
    ids = None if id_column is None else np.asarray(partition[id_column])
    return rank_frame(texts, jobs, k, matcher=matcher, resume_ids=ids, job_ids=job_ids,
                      today=today, workers=workers)


def merge_rankings(rankings: Any, k: int = 10, *, per: str = "job") -> Any:
    """The best ``k`` rows per job of rankings made over parts of the resumes.

    Rows that tie in score keep the order in which they are given: the order of the list,
    then the order of the rows in each table (or of one concatenated table). Each table of
    :func:`rank_partition` lists a job's rows in rank order, ties to the earlier resume, so
    the tables of the partitions in partition order (as a list, or concatenated in that
    order, as Dask's ``compute`` does) merge into exactly the ranking of :func:`rank_frame`
    over all resumes, ties included.

    Parameters
    ----------
    rankings : DataFrame or sequence of DataFrames
        Tables from :func:`rank_partition` / :func:`rank_frame` (pandas or polars).
    k : int
        Rows to keep per job.
    per : {"job", "resume"}
        The grouping column of the tables.

    Returns
    -------
    DataFrame
        Jobs in the order they first appear in the rows given (for the tables of
        :func:`rank_partition`, the order of its ``jobs``, as in :func:`rank_frame`), each
        job's rows by score (best first), ties in the order given, with ``rank`` renumbered
        from 1.

    Raises
    ------
    ValueError
        When a job lists the same resume id more than once among all the rows given (with
        ``per="resume"``: a resume the same job id): the ids are not unique across the
        partitions, e.g. pandas indexes that restart at 0 in each partition (give
        ``rank_partition`` an ``id_column``), or a table was given twice.
    """
    if isinstance(k, bool) or not isinstance(k, numbers.Integral):
        raise TypeError(f"k must be an int, got {type(k).__name__}")
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    if per not in ("job", "resume"):
        raise ValueError(f'per must be "job" or "resume", got {per!r}')
    row, cand = ("job", "resume") if per == "job" else ("resume", "job")
    if isinstance(rankings, (list, tuple)):
        if not rankings:
            raise ValueError("no rankings to merge")
        first = rankings[0]
        if _is_polars(first):
            import polars as pl

            rankings = pl.concat(list(rankings))
        else:
            import pandas as pd

            rankings = pd.concat(list(rankings), ignore_index=True)
    _check_ranking_columns(list(rankings.columns), row, cand, per)
    if _is_polars(rankings):
        import polars as pl

        pairs = rankings.select([row, cand])
        repeated = pairs.filter(pairs.is_duplicated())
        if len(repeated):
            _repeated_id(row, cand, repeated.row(0))
        # Jobs in the order they first appear; stable, so ties keep their order in the input.
        out = (
            rankings.with_row_index("__row")
            .with_columns(pl.col("__row").min().over(row).alias("__first"))
            .sort(["__first", "score"], descending=[False, True], maintain_order=True)
            .drop(["__row", "__first"])
        )
        out = out.group_by(row, maintain_order=True).head(k)
        return out.with_columns(
            pl.int_range(1, pl.len() + 1, dtype=pl.Int32).over(row).alias("rank")
        )
    repeated = rankings.duplicated([row, cand])
    if repeated.any():
        first_repeat = rankings.loc[repeated.to_numpy(), [row, cand]].iloc[0]
        _repeated_id(row, cand, tuple(first_repeat))
    import pandas as pd

    # By position, whatever the index: jobs in the order in which they first appear, then
    # score (best first), then the order in the input.
    first = pd.factorize(rankings[row], use_na_sentinel=False)[0]
    score = rankings["score"].to_numpy(dtype=np.float64)
    out = rankings.iloc[np.lexsort((np.arange(len(rankings)), -score, first))]
    out = out.groupby(row, sort=False).head(k).reset_index(drop=True)
    out["rank"] = (out.groupby(row, sort=False).cumcount() + 1).astype("int32")
    return out


def _check_ranking_columns(columns: List[Any], row: str, cand: str, per: str) -> None:
    """Raises ValueError unless `columns` are those of a ranking table grouped by `row`."""
    missing = [c for c in (row, "rank", cand, "score") if c not in columns]
    if missing:
        raise ValueError(f"rankings: not a ranking table of rank_frame / rank_partition; "
                         f"missing column(s) {missing}, its columns are {columns}")
    if columns[0] == cand:
        other = "resume" if per == "job" else "job"
        raise ValueError(f"rankings: these tables rank {row}s per {cand} (their first "
                         f"column is {cand!r}); pass per={other!r}")


def _repeated_id(row: str, cand: str, pair: Sequence[Any]) -> NoReturn:
    """Raises the error of `merge_rankings` for a (`row`, `cand`) id pair seen twice."""
    raise ValueError(
        f"{cand} id {pair[1]!r} appears more than once for {row} {pair[0]!r}: {cand} ids "
        f"must be unique across partitions (rank_partition's default ids, the pandas index "
        f"or positions, often restart in each partition: pass id_column=)"
    )
