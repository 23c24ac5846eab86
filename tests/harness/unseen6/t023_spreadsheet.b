implement Spreadsheet;

include "sys.m";
	sys: Sys;
include "draw.m";

Spreadsheet: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Expr: adt {
	pick {
	Num =>
		v: real;
	Ref =>
		col, row: int;
	Bin =>
		op: int;
		l, r: ref Expr;
	Sum =>
		c0, r0, c1, r1: int;
	}
};

Cell: adt {
	src:	string;
	e:	ref Expr;
	val:	real;
	state:	int;	# 0 stale, 1 computing, 2 done
	err:	string;
};

NC: con 4;
NR: con 5;
cells: array of ref Cell;

P: adt {
	s:	string;
	i:	int;

	peek:	fn(p: self ref P): int;
	expr:	fn(p: self ref P): ref Expr;
	term:	fn(p: self ref P): ref Expr;
	factor:	fn(p: self ref P): ref Expr;
	cellref:	fn(p: self ref P): (int, int);
};

P.peek(p: self ref P): int
{
	while(p.i < len p.s && p.s[p.i] == ' ')
		p.i++;
	if(p.i >= len p.s)
		return 0;
	return p.s[p.i];
}

P.expr(p: self ref P): ref Expr
{
	e := p.term();
	while((c := p.peek()) == '+' || c == '-'){
		p.i++;
		e = ref Expr.Bin(c, e, p.term());
	}
	return e;
}

P.term(p: self ref P): ref Expr
{
	e := p.factor();
	while((c := p.peek()) == '*' || c == '/'){
		p.i++;
		e = ref Expr.Bin(c, e, p.factor());
	}
	return e;
}

P.cellref(p: self ref P): (int, int)
{
	c := p.s[p.i++] - 'A';
	r := 0;
	while(p.i < len p.s && p.s[p.i] >= '0' && p.s[p.i] <= '9')
		r = r*10 + p.s[p.i++] - '0';
	if(c < 0 || c >= NC || r < 1 || r > NR)
		raise "sheet: bad reference";
	return (c, r-1);
}

P.factor(p: self ref P): ref Expr
{
	c := p.peek();
	case c {
	'(' =>
		p.i++;
		e := p.expr();
		if(p.peek() != ')')
			raise "sheet: missing )";
		p.i++;
		return e;
	'0' to '9' or '.' =>
		st := p.i;
		while(p.i < len p.s && ((p.s[p.i] >= '0' && p.s[p.i] <= '9') || p.s[p.i] == '.'))
			p.i++;
		return ref Expr.Num(real p.s[st:p.i]);
	'A' to 'Z' =>
		if(p.i+3 <= len p.s && p.s[p.i:p.i+3] == "SUM"){
			p.i += 4;
			(c0, r0) := p.cellref();
			p.i++;	# ':'
			(c1, r1) := p.cellref();
			p.i++;	# ')'
			return ref Expr.Sum(c0, r0, c1, r1);
		}
		(col, row) := p.cellref();
		return ref Expr.Ref(col, row);
	}
	raise sys->sprint("sheet: unexpected '%c'", c);
}

eval(e: ref Expr): real
{
	pick x := e {
	Num =>
		return x.v;
	Ref =>
		return value(x.col, x.row);
	Bin =>
		a := eval(x.l);
		b := eval(x.r);
		case x.op {
		'+' => return a + b;
		'-' => return a - b;
		'*' => return a * b;
		'/' =>
			if(b == 0.0)
				raise "sheet: #DIV/0";
			return a / b;
		}
	Sum =>
		s := 0.0;
		for(c := x.c0; c <= x.c1; c++)
			for(r := x.r0; r <= x.r1; r++)
				s += value(c, r);
		return s;
	}
	return 0.0;
}

value(c, r: int): real
{
	cell := cells[r*NC + c];
	if(cell == nil)
		return 0.0;
	case cell.state {
	1 =>
		raise "sheet: #CYCLE";
	2 =>
		if(cell.err != nil)
			raise "sheet: " + cell.err;
		return cell.val;
	}
	cell.state = 1;
	{
		cell.val = eval(cell.e);
	} exception ex {
	"sheet:*" =>
		cell.err = ex[7:];
		cell.state = 2;
		raise ex;
	}
	cell.state = 2;
	return cell.val;
}

set(name, src: string)
{
	p := ref P(name, 0);
	(c, r) := p.cellref();
	cell := ref Cell(src, nil, 0.0, 0, nil);
	{
		if(src[0] == '=')
			cell.e = (ref P(src[1:], 0)).expr();
		else
			cell.e = ref Expr.Num(real src);
	} exception ex {
	"sheet:*" =>
		cell.err = "#PARSE";
		cell.state = 2;
	}
	cells[r*NC + c] = cell;
}

recalc()
{
	for(i := 0; i < len cells; i++)
		if(cells[i] != nil && cells[i].err != "#PARSE"){
			cells[i].state = 0;
			cells[i].err = nil;
		}
	for(r := 0; r < NR; r++)
		for(c := 0; c < NC; c++)
			{
				value(c, r);
			} exception {
			"sheet:*" =>
				;
			}
}

show()
{
	sys->print("     %-10s%-10s%-10s%-10s\n", "A", "B", "C", "D");
	for(r := 0; r < NR; r++){
		line := sys->sprint("%-4d ", r+1);
		for(c := 0; c < NC; c++){
			cell := cells[r*NC + c];
			if(cell == nil)
				line += sys->sprint("%-10s", "");
			else if(cell.err != nil)
				line += sys->sprint("%-10s", cell.err);
			else
				line += sys->sprint("%-10.2f", cell.val);
		}
		sys->print("%s\n", line);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cells = array[NC*NR] of ref Cell;
	set("A1", "10");
	set("A2", "20");
	set("A3", "30.5");
	set("A4", "=SUM(A1:A3)");
	set("B1", "=A1*2");
	set("B2", "=B1+A2/4");
	set("B3", "=(A1+A2)*(A3-0.5)");
	set("B4", "=SUM(B1:B3)");
	set("C1", "=A1/(A2-20)");
	set("C2", "=C1+1");
	set("C3", "=D3+1");
	set("D3", "=C3*2");
	set("D1", "=A1+");
	set("A5", "=A4+B4");
	recalc();
	show();
	sys->print("-- change A2 to 25\n");
	set("A2", "25");
	recalc();
	show();
}
