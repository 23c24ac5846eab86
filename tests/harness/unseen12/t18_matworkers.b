implement MatWorkers;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

MatWorkers: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

N: con 6;
NW: con 3;

Task: adt {
	m:	array of array of real;
	v:	array of real;
	lo, hi:	int;
};

Part: adt {
	lo:	int;
	vals:	array of real;
};

# each worker multiplies its band of rows by a vector; nil task ends it
rowworker(tasks: chan of ref Task, parts: chan of ref Part)
{
	while((t := <-tasks) != nil){
		out := array[t.hi - t.lo] of real;
		for(i := t.lo; i < t.hi; i++)
			out[i - t.lo] = math->dot(t.m[i], t.v);
		parts <-= ref Part(t.lo, out);
	}
}

pool: array of chan of ref Task;
results: array of chan of ref Part;

matvec(m: array of array of real, v: array of real): array of real
{
	for(w := 0; w < NW; w++)
		pool[w] <-= ref Task(m, v, w*N/NW, (w+1)*N/NW);
	r := array[N] of real;
	for(w = 0; w < NW; w++){
		p := <-results[w];
		r[p.lo:] = p.vals;
	}
	return r;
}

transpose(m: array of array of real): array of array of real
{
	t := array[N] of array of real;
	for(i := 0; i < N; i++){
		t[i] = array[N] of real;
		for(j := 0; j < N; j++)
			t[i][j] = m[j][i];
	}
	return t;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	pool = array[NW] of chan of ref Task;
	results = array[NW] of chan of ref Part;
	for(w := 0; w < NW; w++){
		pool[w] = chan of ref Task;
		results[w] = chan of ref Part;
		spawn rowworker(pool[w], results[w]);
	}

	# a symmetric matrix: a tridiagonal with a few long-range couplings
	a := array[N] of array of real;
	for(i := 0; i < N; i++){
		a[i] = array[N] of {* => 0.0};
		a[i][i] = 4.0 + real i * 0.5;
		if(i > 0)
			a[i][i-1] = a[i-1][i] = -1.0;
	}
	a[0][N-1] = a[N-1][0] = 0.25;

	# C = A*A computed column by column through the workers
	at := transpose(a);
	ct := array[N] of array of real;
	for(j := 0; j < N; j++)
		ct[j] = matvec(a, at[j]);
	c := transpose(ct);
	sys->print("A*A:\n");
	for(i = 0; i < N; i++){
		for(j = 0; j < N; j++)
			sys->print(" %7.3f", c[i][j]);
		sys->print("\n");
	}
	fro := 0.0;
	for(i = 0; i < N; i++)
		fro += math->dot(c[i], c[i]);
	sys->print("frobenius norm %.6f\n", math->sqrt(fro));

	# power iteration for the dominant eigenvalue
	v := array[N] of {* => 1.0};
	lambda := 0.0;
	iters := 0;
	for(iters = 1; iters <= 200; iters++){
		w := matvec(a, v);
		nrm := math->norm2(w);
		for(i = 0; i < N; i++)
			w[i] /= nrm;
		nl := math->dot(w, matvec(a, w));
		v = w;
		if(math->fabs(nl - lambda) < 1e-12){
			lambda = nl;
			break;
		}
		lambda = nl;
	}
	sys->print("dominant eigenvalue %.9f after %d iterations\n", lambda, iters);
	sys->print("eigenvector:");
	for(i = 0; i < N; i++)
		sys->print(" %.5f", v[i]);
	sys->print("\n");
	# residual |Av - lambda v|
	av := matvec(a, v);
	for(i = 0; i < N; i++)
		av[i] -= lambda * v[i];
	r := math->norm2(av);
	if(r < 1e-5)
		sys->print("residual below 1e-5\n");
	else
		sys->print("residual %g\n", r);

	for(w = 0; w < NW; w++)
		pool[w] <-= nil;
}
