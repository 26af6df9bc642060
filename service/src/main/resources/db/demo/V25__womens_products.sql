-- ShopDesk demo data (synthetic): make-up and the floral perfume are women's products (tag women), so a shopper buying
-- for a man is not shown them, as knowledge-base/products/products.csv now has them.
UPDATE products SET tags = 'makeup,lipstick,gift,women' WHERE sku = 'BEA-6005';
UPDATE products SET tags = 'fragrance,gift,instalments,perfume,women' WHERE sku = 'BEA-6009';
UPDATE products SET tags = 'makeup,eyes,women' WHERE sku = 'BEA-6011';
UPDATE products SET tags = 'makeup,eyes,waterproof,women' WHERE sku = 'BEA-6016';
UPDATE products SET tags = 'makeup,face,women' WHERE sku = 'BEA-6017';
UPDATE products SET tags = 'makeup,tools,women,accessory_of:beauty' WHERE sku = 'BEA-6018';
UPDATE products SET tags = 'makeup,nails,women' WHERE sku = 'BEA-6028';
