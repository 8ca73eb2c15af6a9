# Reference figures for fairdraw's estimators (issue 15, "the R vectors"): for single periods drawn
# under maximum entropy (conditional Poisson, sampling::UPmaxentropy), Hajek's estimate of the mean
# and the standard error from Deville's variance approximation, as R's package `sampling` computes
# them:
#   estimate       = sampling::Hajekestimator(y, pik, type = "mean")
#   standardError  = sqrt(sampling::varest(y - estimate, pik = pik)) / sum(1 / pik)
# With them, Wilson's score interval (prop.test(x, n, conf.level, correct = FALSE)$conf.int) and
# normal quantiles (qnorm).
# Run from the repository root:  Rscript test/vectors/estimate/make.R
# It writes test/vectors/estimate/hajek-deville.json; the test (test/sampling/estimate.vectors.test.ts)
# checks fairdraw's figures against it to 1e-9, so CI needs no R.
suppressPackageStartupMessages({
  library(sampling)
  library(survey)
  library(jsonlite)
})

set.seed(20260115)

# One case: a population of N units with size measure x, n drawn under maxent, y on the sample.
one <- function(name, N, n, x, yfun, force = NULL) {
  pik <- inclusionprobabilities(x, n)
  s <- UPmaxentropy(pik)
  if (!is.null(force)) s <- force
  idx <- which(s == 1)
  ys <- yfun(idx, N)
  pks <- pik[idx]
  est <- as.numeric(suppressWarnings(Hajekestimator(ys, pks, type = "mean")))
  se <- sqrt(varest(ys - est, pik = pks)) / sum(1 / pks)
  list(name = name, N = N, n = n, pik = pks, y = ys, estimate = est, standardError = se)
}

bern <- function(p) function(idx, N) as.numeric(runif(length(idx)) < p)

cases <- list(
  one("N=10, n=3, equal probabilities, binary y", 10, 3, rep(1, 10), function(idx, N) c(1, 0, 1)),
  one("N=50, n=5, unequal probabilities, binary y", 50, 5, runif(50, 1, 4), bern(0.3)),
  one("N=200, n=15, risk-weighted probabilities, binary y", 200, 15, rexp(200) + 0.2, bern(0.15)),
  one("N=120, n=10, unequal probabilities, all 0", 120, 10, runif(120, 1, 5), function(idx, N) rep(0, length(idx))),
  one("N=80, n=8, unequal probabilities, all 1", 80, 8, runif(80, 1, 3), function(idx, N) rep(1, length(idx))),
  one("N=30, n=2, unequal probabilities, binary y", 30, 2, runif(30, 1, 6), function(idx, N) c(0, 1)),
  one("N=60, n=12, one unit certain (pi = 1), binary y", 60, 12, c(1000, runif(59, 1, 3)), bern(0.5)),
  one("N=100, n=20, unequal probabilities, real y", 100, 20, runif(100, 1, 10), function(idx, N) round(rnorm(length(idx), 3, 2), 3)),
  one("N=500, n=40, risk-weighted probabilities, binary y", 500, 40, rgamma(500, 2), bern(0.1))
)

# Wilson's score interval: prop.test without continuity correction gives it.
wilson <- lapply(list(c(0, 2, 0.95), c(1, 2, 0.95), c(3, 10, 0.95), c(10, 10, 0.95), c(5, 40, 0.9),
                      c(1, 1, 0.99), c(17, 250, 0.95)), function(v) {
  ci <- suppressWarnings(prop.test(v[1], v[2], conf.level = v[3], correct = FALSE)$conf.int)
  list(successes = v[1], trials = v[2], level = v[3], ci = as.numeric(ci))
})
quantiles <- lapply(c(1e-300, 1e-10, 0.001, 0.025, 0.05, 0.3, 0.5, 0.8, 0.95, 0.975, 0.995, 1 - 1e-12),
                    function(p) list(p = p, z = qnorm(p)))

out <- list(
  description = paste(
    "Single-period samples drawn under maximum entropy (sampling::UPmaxentropy) with pik =",
    "sampling::inclusionprobabilities(x, n); pik and y are the sampled units' values.",
    "estimate = sampling::Hajekestimator(y, pik, type = \"mean\");",
    "standardError = sqrt(sampling::varest(y - estimate, pik = pik)) / sum(1 / pik)",
    "(Deville's variance approximation for high-entropy designs). Made by make.R beside this file."
  ),
  spec = "docs/estimation.md",
  R = R.version.string,
  packages = list(
    sampling = as.character(packageVersion("sampling")),
    survey = as.character(packageVersion("survey")),
    jsonlite = as.character(packageVersion("jsonlite"))
  ),
  seed = 20260115,
  cases = cases,
  wilson = wilson,
  quantiles = quantiles
)
# jsonlite writes at most 15 significant digits: this small writer gives every double 17, so that
# each is read back exactly. Named lists are objects, other lists arrays; a vector of length > 1 (or a
# field named pik, y or ci) is an array.
ARRAYS <- c("pik", "y", "ci")
json <- function(x, indent = "", name = "") {
  inner <- paste0(indent, "  ")
  if (is.list(x)) {
    keys <- names(x)
    items <- vapply(seq_along(x), function(k) {
      key <- if (is.null(keys)) "" else keys[k]
      value <- json(x[[k]], inner, key)
      if (is.null(keys)) paste0(inner, value) else paste0(inner, toJSON(key, auto_unbox = TRUE), ": ", value)
    }, "")
    open <- if (is.null(keys)) "[" else "{"
    close <- if (is.null(keys)) "]" else "}"
    return(paste0(open, "\n", paste(items, collapse = ",\n"), "\n", indent, close))
  }
  text <- if (is.numeric(x)) sprintf("%.17g", x) else vapply(x, function(v) toJSON(v, auto_unbox = TRUE), "")
  if (length(x) == 1 && !(name %in% ARRAYS)) text else paste0("[", paste(text, collapse = ", "), "]")
}
writeLines(json(out), "test/vectors/estimate/hajek-deville.json")
