implement MatRows;

include "sys.m";
	sys: Sys;
include "draw.m";

MatRows: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Matrix: adt {
	r, c:	int;
	a:	array of array of int;

	new:	fn(r, c: int): ref Matrix;
	mul:	fn(m: self ref Matrix, n: ref Matrix, nworkers: int): ref Matrix;
	show:	fn(m: self ref Matrix, name: string);
};

Matrix.new(r, c: int): ref Matrix
{
	m := ref Matrix(r, c, array[r] of array of int);
	for(i := 0; i < r; i++)
		m.a[i] = array[c] of {* => 0};
	return m;
}

Matrix.show(m: self ref Matrix, name: string)
{
	sys->print("%s (%dx%d):\n", name, m.r, m.c);
	for(i := 0; i < m.r; i++){
		s := "";
		for(j := 0; j < m.c; j++)
			s += sys->sprint(" %6d", m.a[i][j]);
		sys->print("%s\n", s);
	}
}

# rows are handed out over a shared channel; each answer carries its row index
Matrix.mul(m: self ref Matrix, n: ref Matrix, nworkers: int): ref Matrix
{
	if(m.c != n.r)
		raise "dimension mismatch";
	rows := chan of int;
	answers := chan of (int, array of int);
	for(w := 0; w < nworkers; w++)
		spawn rowworker(m, n, rows, answers);
	spawn feeder(m.r, nworkers, rows);
	p := Matrix.new(m.r, n.c);
	for(k := 0; k < m.r; k++){
		(i, row) := <-answers;
		p.a[i] = row;
	}
	return p;
}

feeder(nrows, nworkers: int, rows: chan of int)
{
	for(i := 0; i < nrows; i++)
		rows <-= i;
	for(i = 0; i < nworkers; i++)
		rows <-= -1;
}

rowworker(m, n: ref Matrix, rows: chan of int, answers: chan of (int, array of int))
{
	while((i := <-rows) >= 0){
		row := array[n.c] of int;
		for(j := 0; j < n.c; j++){
			s := 0;
			for(k := 0; k < m.c; k++)
				s += m.a[i][k] * n.a[k][j];
			row[j] = s;
		}
		answers <-= (i, row);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Matrix.new(4, 3);
	b := Matrix.new(3, 5);
	j: int;
	for(i := 0; i < 4; i++)
		for(j = 0; j < 3; j++)
			a.a[i][j] = (i+1) * (j+2) - 3;
	for(i = 0; i < 3; i++)
		for(j = 0; j < 5; j++)
			b.a[i][j] = (i*5 + j) % 7 - 2;
	a.show("A");
	b.show("B");
	c := a.mul(b, 3);
	c.show("A*B");

	# powers of a square matrix, reusing the worker scheme
	f := Matrix.new(2, 2);
	f.a[0][0] = f.a[0][1] = f.a[1][0] = 1;
	p := f;
	for(k := 2; k <= 10; k++)
		p = p.mul(f, 2);
	sys->print("fib via matrix power: F(10)=%d F(11)=%d\n", p.a[0][1], p.a[0][0]);

	{
		a.mul(a, 1);
	} exception e {
	"dimension*" =>
		sys->print("caught: %s\n", e);
	}
}
