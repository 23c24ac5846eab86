implement Report;

include "sys.m";
	sys: Sys;
include "draw.m";

Report: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Table: adt {
	head:	array of string;
	right:	array of int;
	rows:	list of array of string;

	new:	fn(head: array of string, right: array of int): ref Table;
	add:	fn(t: self ref Table, row: array of string);
	render:	fn(t: self ref Table): string;
};

Table.new(head: array of string, right: array of int): ref Table
{
	return ref Table(head, right, nil);
}

Table.add(t: self ref Table, row: array of string)
{
	t.rows = row :: t.rows;
}

rule(w: array of int, c: string): string
{
	s := "+";
	for(i := 0; i < len w; i++){
		for(k := 0; k < w[i] + 2; k++)
			s += c;
		s += "+";
	}
	return s + "\n";
}

Table.render(t: self ref Table): string
{
	w := array[len t.head] of int;
	for(i := 0; i < len w; i++)
		w[i] = len t.head[i];
	rows: list of array of string;
	for(l := t.rows; l != nil; l = tl l){
		rows = hd l :: rows;
		for(i = 0; i < len w && i < len hd l; i++)
			if(len (hd l)[i] > w[i])
				w[i] = len (hd l)[i];
	}
	s := rule(w, "-");
	s += "|";
	for(i = 0; i < len w; i++)
		s += sys->sprint(" %-*s |", w[i], t.head[i]);
	s += "\n" + rule(w, "=");
	for(; rows != nil; rows = tl rows){
		r := hd rows;
		if(r[0] == "-"){
			s += rule(w, "-");
			continue;
		}
		s += "|";
		for(i = 0; i < len w; i++)
			if(t.right[i])
				s += sys->sprint(" %*s |", w[i], r[i]);
			else
				s += sys->sprint(" %-*s |", w[i], r[i]);
		s += "\n";
	}
	return s + rule(w, "-");
}

regions := array[] of {"North", "South", "East", "West", "Overseas \u2014 EU"};
sales := array[] of {
	array[] of {12500, 13200, 9800, 15100},
	array[] of {8200, 7900, 8800, 9100},
	array[] of {21000, 19500, 22750, 24010},
	array[] of {0, 350, 1200, 4800},
	array[] of {3100000, 2900000, 3350000, 3600000},
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	t := Table.new(array[] of {"Region", "Q1", "Q2", "Q3", "Q4", "Total", "Share", "Trend"},
		array[] of {0, 1, 1, 1, 1, 1, 1, 0});
	grand := 0;
	for(r := 0; r < len sales; r++)
		for(q := 0; q < 4; q++)
			grand += sales[r][q];
	colsum := array[4] of {* => 0};
	for(r = 0; r < len sales; r++){
		row := array[8] of string;
		row[0] = regions[r];
		tot := 0;
		trend := "";
		for(q = 0; q < 4; q++){
			v := sales[r][q];
			row[q+1] = sys->sprint("%,d", v);
			tot += v;
			colsum[q] += v;
			if(q > 0){
				if(v > sales[r][q-1])
					trend += "\u2191";
				else if(v < sales[r][q-1])
					trend += "\u2193";
				else
					trend += "=";
			}
		}
		row[5] = sys->sprint("%,d", tot);
		row[6] = sys->sprint("%.2f%%", 100.0 * real tot / real grand);
		row[7] = trend;
		t.add(row);
	}
	t.add(array[] of {"-"});
	totrow := array[8] of string;
	totrow[0] = "TOTAL";
	for(q = 0; q < 4; q++)
		totrow[q+1] = sys->sprint("%,d", colsum[q]);
	totrow[5] = sys->sprint("%,d", grand);
	totrow[6] = "100.00%";
	totrow[7] = "";
	t.add(totrow);
	sys->print("%s", t.render());
	best := 0;
	for(q = 1; q < 4; q++)
		if(colsum[q] > colsum[best])
			best = q;
	sys->print("best quarter: Q%d with %,d (%.1e)\n", best+1, colsum[best], real colsum[best]);
}
