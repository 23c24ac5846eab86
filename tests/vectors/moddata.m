Moddata: module
{
	PATH:	con "$Moddata";

	Cell: adt {
		key:	string;
		hits:	int;
	};

	# data members: the compiler gathers them into one `.mp` row, by name
	verbose:	int;
	names:	array of string;
	total:	big;
	cells:	list of ref Cell;
	scale:	real;
	last:	ref Cell;
	flag:	byte;
	pending:	chan of int;
	pair:	(int, string);

	lookup:	fn(key: string): ref Cell;
	reset:	fn();
};
