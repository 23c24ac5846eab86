implement Spreadsheet;

include "sys.m";
	sys: Sys;
include "draw.m";

Spreadsheet: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

ROWS: con 5;
COLS: con 4;

Cell: adt {
	src:	string;
	val:	real;
	state:	int;	# 0 unvisited, 1 evaluating, 2 done
	err:	string;
};

Sheet: adt {
	cells:	array of array of ref Cell;
	new:	fn(): ref Sheet;
	set:	fn(s: self ref Sheet, name: string, src: string);
	get:	fn(s: self ref Sheet, r: int, c: int): real;
	eval:	fn(s: self ref Sheet, r: int, c: int);
	show:	fn(s: self ref Sheet);
};

Parser: adt {
	s:	string;
	pos:	int;
	sheet:	ref Sheet;
	peek:	fn(p: self ref Parser): int;
	expr:	fn(p: self ref Parser): real;
	term:	fn(p: self ref Parser): real;
	factor:	fn(p: self ref Parser): real;
};

Sheet.new(): ref Sheet
{
	s := ref Sheet(array[ROWS] of array of ref Cell);
	for(r := 0; r < ROWS; r++){
		s.cells[r] = array[COLS] of ref Cell;
		for(c := 0; c < COLS; c++)
			s.cells[r][c] = ref Cell("", 0.0, 0, nil);
	}
	return s;
}

cellref(name: string): (int, int)
{
	if(len name < 2) return (-1, -1);
	(r, c) := (int name[1:] - 1, name[0] - 'A');
	if(c < 0 || c >= COLS || r < 0 || r >= ROWS) return (-1, -1);
	return (r, c);
}

Sheet.set(s: self ref Sheet, name: string, src: string)
{
	(r, c) := cellref(name);
	if(r < 0) raise "fail:bad cell " + name;
	s.cells[r][c].src = src;
}

Sheet.get(s: self ref Sheet, r: int, c: int): real
{
	cell := s.cells[r][c];
	case cell.state {
	1 =>	raise "cycle";
	0 =>	s.eval(r, c);
	}
	if(cell.err != nil) raise cell.err;
	return cell.val;
}

Sheet.eval(s: self ref Sheet, r: int, c: int)
{
	cell := s.cells[r][c];
	cell.state = 1;
	{
		if(cell.src == "")
			cell.val = 0.0;
		else if(cell.src[0] == '=')
			cell.val = (ref Parser(cell.src[1:], 0, s)).expr();
		else
			cell.val = real cell.src;
	} exception e {
	"*" =>
		cell.err = e;
	}
	cell.state = 2;
}

Parser.peek(p: self ref Parser): int
{
	while(p.pos < len p.s && p.s[p.pos] == ' ')
		p.pos++;
	if(p.pos >= len p.s) return 0;
	return p.s[p.pos];
}

Parser.expr(p: self ref Parser): real
{
	v := p.term();
	for(;;){
		case p.peek() {
		'+' =>	p.pos++; v += p.term();
		'-' =>	p.pos++; v -= p.term();
		* =>	return v;
		}
	}
}

Parser.term(p: self ref Parser): real
{
	v := p.factor();
	for(;;){
		case p.peek() {
		'*' =>	p.pos++; v *= p.factor();
		'/' =>	p.pos++; d := p.factor(); if(d == 0.0) raise "div0"; v /= d;
		* =>	return v;
		}
	}
}

Parser.factor(p: self ref Parser): real
{
	ch := p.peek();
	if(ch == '('){
		p.pos++;
		v := p.expr();
		if(p.peek() != ')') raise "paren";
		p.pos++;
		return v;
	}
	start := p.pos;
	if(ch >= 'A' && ch <= 'Z'){
		p.pos++;
		while(p.pos < len p.s && p.s[p.pos] >= '0' && p.s[p.pos] <= '9')
			p.pos++;
		name := p.s[start:p.pos];
		if(p.peek() == ':'){	# range sum A1:A4
			s2 := ++p.pos;
			p.pos += 2;
			(r1, c1) := cellref(name);
			(r2, c2) := cellref(p.s[s2:p.pos]);
			sum := 0.0;
			for(r := r1; r <= r2; r++)
				for(c := c1; c <= c2; c++)
					sum += p.sheet.get(r, c);
			return sum;
		}
		(r, c) := cellref(name);
		if(r < 0) raise "ref";
		return p.sheet.get(r, c);
	}
	while(p.pos < len p.s && (p.s[p.pos] >= '0' && p.s[p.pos] <= '9' || p.s[p.pos] == '.'))
		p.pos++;
	if(start == p.pos) raise "syntax";
	return real p.s[start:p.pos];
}

Sheet.show(s: self ref Sheet)
{
	sys->print("    ");
	for(c := 0; c < COLS; c++)
		sys->print("%10c", 'A'+c);
	sys->print("\n");
	for(r := 0; r < ROWS; r++){
		sys->print("%2d  ", r+1);
		for(c = 0; c < COLS; c++){
			cell := s.cells[r][c];
			if(cell.state == 0) s.eval(r, c);
			if(cell.err != nil)
				sys->print("%10s", "#"+cell.err);
			else
				sys->print("%10.2f", cell.val);
		}
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sh := Sheet.new();
	data := array[] of {
		("A1", "12.5"), ("A2", "7"), ("A3", "=A1*2"), ("A4", "3.25"),
		("B1", "=A1:A4"), ("B2", "=B1/4"), ("B3", "=(A1+A2)*(A4-1)"),
		("C1", "=C2+1"), ("C2", "=C1+1"), ("C3", "=A2/(A4-3.25)"),
		("D1", "=A1:B3"), ("D2", "=D1 - 100 / 8"), ("A5", "=B5+1"), ("B5", "=Z9"),
	};
	for(i := 0; i < len data; i++)
		sh.set(data[i].t0, data[i].t1);
	sh.show();
	sh.set("E1", "1");
}
